# legacy: warns DeprecationWarning
import matplotlib.pyplot as plt
import torch

plt.imshow(
    torch.zeros(4, 4)
)  # a tensor where matplotlib expects a NumPy array
