import pandas as pd
import torch
from torch.utils.data import DataLoader, TensorDataset

df = pd.DataFrame(
    {
        "age": [22.0, 35.0, 58.0, 41.0, 29.0, 63.0],
        "income": [3.5, 4.5, 6.0, 5.25, 3.75, 7.0],
        "bought": [0, 1, 1, 0, 0, 1],
    }
)
features = df.drop(columns="bought")  # every column but the label
X = torch.tensor(features.to_numpy(), dtype=torch.float32)  # a copy
y = torch.tensor(df["bought"].to_numpy(), dtype=torch.long)
print("X:", tuple(X.shape), X.dtype, "| y:", tuple(y.shape), y.dtype)

loader = DataLoader(TensorDataset(X, y), batch_size=4, shuffle=False)
xb, yb = next(iter(loader))
print("first batch:", xb.tolist(), yb.tolist())

model = torch.nn.Linear(2, 2)  # two classes
loss = torch.nn.functional.cross_entropy(model(xb), yb)
print("loss:", tuple(loss.shape), loss.dtype)
