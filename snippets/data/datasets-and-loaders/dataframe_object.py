# raises TypeError
import pandas as pd
import torch

df = pd.DataFrame(
    {
        "age": [22.0, 35.0, 58.0],
        "city": ["Beijing", "Shanghai", "Beijing"],  # a text column
        "bought": [0, 1, 1],
    }
)
values = df.values  # one array for all columns: needs a common dtype
print("df.values:", values.dtype, values[0].tolist())
torch.from_numpy(values)
