// Whether this x86-64 processor and its operating system support AVX (the CPUID feature bits and the
// XSAVE-enabled YMM state), for the figures command's start-up check: Physics is compiled for AVX on
// x86-64 (Package.swift), so a processor without it must get a clear message instead of SIGILL.
// Header-only: the compiler's <cpuid.h> and one XGETBV; on other architectures the answer is 1.
#ifndef ZPRIMEPAPER_PROCESSOR_FEATURES_H
#define ZPRIMEPAPER_PROCESSOR_FEATURES_H

#if defined(__x86_64__)
#include <cpuid.h>

static inline int zp_processor_supports_avx(void) {
    unsigned int eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return 0;
    // CPUID.1:ECX bit 27 OSXSAVE (the OS uses XSAVE), bit 28 AVX.
    if ((ecx & (1u << 27)) == 0 || (ecx & (1u << 28)) == 0) return 0;
    unsigned int xcr0Low = 0, xcr0High = 0;
    __asm__ volatile("xgetbv" : "=a"(xcr0Low), "=d"(xcr0High) : "c"(0));
    // XCR0 bits 1 (SSE state) and 2 (AVX state): the OS saves the YMM registers.
    return (xcr0Low & 0x6u) == 0x6u;
}
#else
static inline int zp_processor_supports_avx(void) { return 1; }
#endif

#endif
