"""What `make update-outputs` derives is current: the API index pages (from the snippets) and the glossary pages
(from harness/site/glossary.yml). The verification record has tests of its own (tests/verify/test_record.py)."""

import re

import pytest

from harness.site import api_index, glossary
from harness.verify.pages import LANGUAGES


@pytest.mark.parametrize("lang", LANGUAGES)
def test_api_index_is_current(lang):
    page = api_index.api_page_path(lang)
    assert page.exists() and page.read_text("utf-8") == api_index.render(lang), (
        f"{page} is out of date with the snippets; run `make update-outputs`"
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_glossary_is_current(lang):
    page = glossary.glossary_page_path(lang)
    assert page.exists() and page.read_text("utf-8") == glossary.render(lang), (
        f"{page} is out of date with harness/site/glossary.yml or the pages' headings; run `make update-outputs`"
    )


def test_api_index_finds_calls_through_every_import_style():
    code = (
        "import torch\nimport torch.nn.functional as F\nfrom torch import nn\nfrom torchvision.models import vgg16\n"
        "x = torch.cat([torch.ones(1)])\nF.normalize(x, dim=0)\nnn.Linear(1, 1)\nvgg16\nx.float()\ntorch.float32\n"
    )
    assert api_index.apis_called(code) == {
        "torch.cat",
        "torch.ones",
        "torch.nn.functional.normalize",
        "torch.nn.Linear",
        "torchvision.models.vgg16",
    }


def test_api_links_go_where_pytorch_documents_each_name():
    url, docs, vision = api_index.docs_url, api_index.DOCS, api_index.VISION
    # most names have a generated page of their own
    assert url("torch.cat") == f"{docs}/generated/torch.cat.html"
    assert url("torch.nn.Linear") == f"{docs}/generated/torch.nn.Linear.html"
    # the legacy tensor types have none: the dtype section says what they were
    for legacy in ("torch.FloatTensor", "torch.DoubleTensor", "torch.cuda.LongTensor"):
        assert url(legacy) == f"{docs}/tensor_attributes.html#torch.dtype"
    # tensor attributes and torch.Tensor are sections of shared pages
    assert url("torch.device") == f"{docs}/tensor_attributes.html#torch.device"
    assert url("torch.dtype") == f"{docs}/tensor_attributes.html#torch.dtype"
    assert url("torch.Tensor") == f"{docs}/tensors.html#torch.Tensor"
    # modules documented on one page: an anchor there, named where the object is defined
    assert url("torch.nn.init.zeros_") == f"{docs}/nn.init.html#torch.nn.init.zeros_"
    assert url("torch.distributed.get_rank") == f"{docs}/distributed.html#torch.distributed.get_rank"
    assert url("torch.utils.tensorboard.SummaryWriter") == (
        f"{docs}/tensorboard.html#torch.utils.tensorboard.writer.SummaryWriter"
    )
    # a weights enum lives on its model builder's page
    assert url("torchvision.models.VGG16_Weights") == (
        f"{vision}/models/generated/torchvision.models.vgg16.html#torchvision.models.VGG16_Weights"
    )
    # undocumented names get no link at all
    assert url("torch.relu") is None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_api_index_links_no_page_that_pytorch_does_not_generate(lang):
    text = api_index.api_page_path(lang).read_text("utf-8")
    guessed = re.findall(r"/generated/(torch\.(?:cuda\.)?\w*Tensor|torch\.(?:device|dtype|Tensor))\.html", text)
    assert not guessed, f"{lang}/api.md links pages PyTorch does not have: {guessed}"
    assert "_Weights.html" not in text and ".DEFAULT." not in text


def test_api_index_names_the_class_not_an_enum_member_and_finds_shadowed_functions():
    code = (
        "import torch\nfrom torchvision.models import VGG16_Weights, alexnet\n"
        "VGG16_Weights.DEFAULT.transforms()\nalexnet(weights=None)\ntorch.autograd.gradcheck(f, (x,))\n"
    )
    assert api_index.apis_called(code) == {
        "torchvision.models.VGG16_Weights",
        "torchvision.models.alexnet",
        "torch.autograd.gradcheck",
    }
