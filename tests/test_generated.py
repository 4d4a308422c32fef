"""What `make update-outputs` derives from the snippets is current: the API index pages and the verification record."""

import pytest

from harness import api_index, record
from harness.pages import LANGUAGES, catalog


@pytest.mark.parametrize("lang", LANGUAGES)
def test_api_index_is_current(lang):
    page = api_index.api_page_path(lang)
    assert page.exists() and page.read_text("utf-8") == api_index.render(lang), (
        f"{page} is out of date with the snippets; run `make update-outputs`"
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


def test_record_covers_every_snippet_with_the_installed_pytorch():
    verified = record.load()
    assert {k: verified.get(k) for k in record.versions()} == record.versions(), (
        "docs/assets/verified.json was written with another PyTorch; run `make update-outputs`"
    )
    stale = [
        s
        for s in catalog().uses
        if verified["snippets"].get(s, {}).get("sha") != record.code_hash(s)
        or "cpu" not in verified["snippets"][s]["passed"]
    ]
    assert not stale, f"not verified in their current form (run `make update-outputs`): {stale}"


def test_page_devices_need_every_snippet():
    verified = {
        "snippets": {
            "a.py": {"passed": ["cpu", "cuda"]},
            "b.py": {"passed": ["cpu"], "skipped": ["cuda"]},
            "c.py": {"passed": ["cpu"]},
        }
    }
    assert record.page_devices(verified, ["a.py", "b.py"]) == ["cpu", "cuda"]
    assert record.page_devices(verified, ["a.py", "c.py"]) == ["cpu"]
