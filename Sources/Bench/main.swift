import Figures
print("bench")
