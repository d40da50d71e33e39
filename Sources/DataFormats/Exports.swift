// Dataset and figure-data errors are user errors located in files: their vocabulary is part of
// this module's API.
@_exported import CommonVocabulary
