// Plot errors convert to the user-error shape every layer shares.
@_exported import CommonVocabulary
