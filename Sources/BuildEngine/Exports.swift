// Locations and user errors are part of this module's API (every ConfigError has one), so its
// clients see them without importing the vocabulary module themselves.
@_exported import CommonVocabulary
// The no-op summary, file stamps and the out/ containment checks are shared with the launcher from a
// module without Foundation; they are part of this module's API as before.
@_exported import NoOpCheck
