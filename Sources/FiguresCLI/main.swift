import Figures
print(FiguresPlaceholder.fingerprints)
