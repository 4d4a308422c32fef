import pandas as pd
import torch

df = pd.DataFrame(
    {
        "age": [22.0, 35.0, 58.0, 41.0],
        "city": ["Shanghai", "Beijing", "Guangzhou", "Beijing"],
        "plan": ["pro", "free", "basic", "free"],  # the label
    }
)
# a text label -> class indices
plan = pd.Categorical(df["plan"])
print("categories:", list(plan.categories))
print("codes:", plan.codes.tolist(), plan.codes.dtype)
y = torch.tensor(plan.codes, dtype=torch.long)
print("y:", y.tolist(), y.dtype)

codes, names = pd.factorize(df["plan"])  # numbered in order of appearance
print("factorize:", codes.tolist(), codes.dtype, list(names))

# a text feature -> one-hot columns
onehot = pd.get_dummies(df["city"], dtype="float32")
print("one-hot columns:", onehot.columns.tolist())
X = torch.tensor(
    pd.concat([df[["age"]], onehot], axis=1).to_numpy(), dtype=torch.float32
)
print("X:", tuple(X.shape), X.dtype, X[0].tolist())
