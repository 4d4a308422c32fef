# warns FutureWarning
# cpu-only: without CUDA the old classes also say they switch themselves off
import torch

with torch.cuda.amp.autocast():
    pass
scaler = torch.cuda.amp.GradScaler()
