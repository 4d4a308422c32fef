import torch
from torchvision.models import resnet18
from torchvision.models.feature_extraction import (
    create_feature_extractor,
    get_graph_node_names,
)

model = resnet18(weights=None).eval()  # random weights: nothing downloaded

train_nodes, eval_nodes = get_graph_node_names(model)
print("graph nodes:", len(eval_nodes), "| first:", eval_nodes[:5])
print("last:", eval_nodes[-5:])

# node name -> the key it gets in the returned dict
extractor = create_feature_extractor(
    model,
    return_nodes={
        "layer1": "c2",
        "layer4.1.add": "c5_sum",  # the residual sum: no module, no hook
        "layer4": "c5",
        "flatten": "pooled",
    },
)
with torch.no_grad():
    features = extractor(torch.zeros(2, 3, 64, 64))
for key, value in features.items():
    print(f"{key:6} {tuple(value.shape)}")
print("fc kept in the extractor:", hasattr(extractor, "fc"))
