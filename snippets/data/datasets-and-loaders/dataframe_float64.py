# warns UserWarning
# cpu-only: from_numpy gives a CPU batch: on CUDA a device error comes first
import pandas as pd
import torch

df = pd.DataFrame(
    {
        "age": [22.0, 35.0, 58.0, 41.0],
        "income": [3.1, 4.5, 6.0, 5.2],
        "bought": [0, 1, 1, 0],
    }
)
features = df[["age", "income"]].values
x = torch.from_numpy(features)  # the line most tutorials write
print("df.values:", features.dtype, "-> tensor:", x.dtype)

layer = torch.nn.Linear(2, 1)  # parameters are float32
try:
    layer(x)
except RuntimeError as err:
    print("RuntimeError:", err)
