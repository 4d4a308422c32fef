# warns DeprecationWarning
# cpu-only: a CUDA tensor cannot become a NumPy array at all (TypeError)
import matplotlib.pyplot as plt
import torch

plt.imshow(torch.zeros(4, 4))  # a tensor where matplotlib expects NumPy
