// Locations and user errors are part of this module's API (every ConfigError has one), so its
// clients see them without importing the vocabulary module themselves.
@_exported import CommonVocabulary
