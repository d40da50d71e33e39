/// Linear least squares: the coefficients c minimising Σᵢ (Σⱼ Aᵢⱼ cⱼ − bᵢ)², by Householder QR.
///
/// QR on the design matrix itself (not the normal equations AᵀA c = Aᵀb) keeps the condition number
/// that of A, not its square, so polynomial fits of moderate degree keep their accuracy. O(m n²) for
/// m rows and n columns; returns nil if A has fewer rows than columns or is rank deficient.
public enum LinearLeastSquares {
    /// The least-squares solution for design matrix `rows` (m rows of n values) and right-hand side `values`.
    public static func solve(rows: [[Double]], values: [Double]) -> [Double]? {
        let m = rows.count
        guard m == values.count, let n = rows.first?.count, n > 0, m >= n, rows.allSatisfy({ $0.count == n }) else { return nil }
        // Column-major copy of A and a copy of b, reduced in place.
        var a = (0..<n).map { j in rows.map { $0[j] } }
        var b = values
        var diagonal = [Double](repeating: 0, count: n)
        let scale = a.map { column in column.map(abs).max() ?? 0 }.max() ?? 0
        for k in 0..<n {
            // Householder reflection that zeroes a[k][k+1..<m].
            var norm = 0.0
            for i in k..<m { norm += a[k][i] * a[k][i] }
            norm = norm.squareRoot()
            guard norm > 1e-14 * max(scale, 1e-300) else { return nil }
            let alpha = a[k][k] > 0 ? -norm : norm
            var v = [Double](repeating: 0, count: m)
            v[k] = a[k][k] - alpha
            for i in (k + 1)..<m { v[i] = a[k][i] }
            var vv = 0.0
            for i in k..<m { vv += v[i] * v[i] }
            diagonal[k] = alpha
            guard vv > 0 else { continue }
            for j in (k + 1)..<n {
                var dot = 0.0
                for i in k..<m { dot += v[i] * a[j][i] }
                let factor = 2 * dot / vv
                for i in k..<m { a[j][i] -= factor * v[i] }
            }
            var dot = 0.0
            for i in k..<m { dot += v[i] * b[i] }
            let factor = 2 * dot / vv
            for i in k..<m { b[i] -= factor * v[i] }
        }
        // Back substitution with R (diagonal in `diagonal`, above it in a[j][k], k < j).
        var coefficients = [Double](repeating: 0, count: n)
        for k in stride(from: n - 1, through: 0, by: -1) {
            var sum = b[k]
            for j in (k + 1)..<n { sum -= a[j][k] * coefficients[j] }
            coefficients[k] = sum / diagonal[k]
        }
        return coefficients
    }
}
