"""Every matplotlib figure a snippet saves gets a dark twin, for pages read in the dark scheme: `<name>.dark.png`
beside `<name>.png`, drawn from a copy of the same figure with a transparent background and light text, axes and
black lines. Coloured lines, images and colour maps keep their colours. The sandbox saves the twin whenever the
snippet calls `savefig`; the page shows one or the other (Material's `#only-light` / `#only-dark`)."""

from __future__ import annotations

import pickle
from pathlib import Path

SUFFIX = ".dark"
FOREGROUND = (0.84, 0.85, 0.89, 1.0)  # Material's slate text colour
LEGEND_BACKGROUND = (0.12, 0.13, 0.16, 0.85)  # Material's slate page colour


def twin_name(name: str) -> str:
    path = Path(name)
    return str(path.with_name(path.stem + SUFFIX + path.suffix))


def _recolour(colours, face: bool):
    """Near-black and grey become the light foreground; near-white faces become transparent. Keeps the rest."""
    from matplotlib.colors import to_rgba_array

    rgba = to_rgba_array(colours).copy()
    if rgba.size == 0:
        return colours
    grey = rgba[:, :3].max(axis=1) - rgba[:, :3].min(axis=1) < 0.08
    light = rgba[:, :3].mean(axis=1)
    dark = grey & (light < 0.5)
    white = grey & (light > 0.9)
    rgba[dark] = FOREGROUND
    if face:
        rgba[white] = (0, 0, 0, 0)
    return rgba


def darken(fig) -> None:
    from matplotlib.collections import Collection
    from matplotlib.legend import Legend
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.text import Text

    fig.patch.set_alpha(0)
    for ax in fig.axes:
        ax.patch.set_alpha(0)
        ax.tick_params(which="both", colors=FOREGROUND)
    for artist in fig.findobj():
        if isinstance(artist, Text):
            artist.set_color(_recolour(artist.get_color(), face=False)[0])
        elif isinstance(artist, Line2D):
            artist.set_color(_recolour(artist.get_color(), face=False)[0])
            artist.set_markeredgecolor(_recolour(artist.get_markeredgecolor(), face=False)[0])
        elif isinstance(artist, Legend):
            artist.get_frame().set_facecolor(LEGEND_BACKGROUND)
            artist.get_frame().set_edgecolor(FOREGROUND)
        elif isinstance(artist, Patch) and artist is not fig.patch:
            artist.set_edgecolor(_recolour(artist.get_edgecolor(), face=False)[0])
            if not any(artist is ax.patch for ax in fig.axes):
                artist.set_facecolor(_recolour(artist.get_facecolor(), face=True)[0])
        elif isinstance(artist, Collection):
            artist.set_edgecolor(_recolour(artist.get_edgecolor(), face=False))
            if artist.get_array() is None:  # colours from a colour map stay as they are
                artist.set_facecolor(_recolour(artist.get_facecolor(), face=True))


def save_with_twin(original_savefig):
    """A Figure.savefig that also writes the dark twin of a .png saved by name."""

    def savefig(fig, fname, *args, **kwargs):
        original_savefig(fig, fname, *args, **kwargs)
        if isinstance(fname, str | Path) and str(fname).endswith(".png") and not str(fname).endswith(SUFFIX + ".png"):
            twin = pickle.loads(pickle.dumps(fig))
            darken(twin)
            kwargs.pop("facecolor", None)
            original_savefig(twin, twin_name(str(fname)), *args, transparent=True, **kwargs)
            import matplotlib.pyplot as plt

            plt.close(twin)

    return savefig
