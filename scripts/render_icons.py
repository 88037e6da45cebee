"""Render the app icon's PNG sizes from its SVG (a developer tool; the PNGs are committed).

    uv run python scripts/render_icons.py          # rewrite resources/icons/hicolor/*/apps/*.png
    uv run python scripts/render_icons.py --ico OUT.ico   # a Windows icon from the committed PNGs

Uses ``rsvg-convert`` (Debian/Ubuntu: ``apt install librsvg2-bin``), the renderer most Linux
desktops use for SVG icons; where it is missing (Windows, macOS), Qt's own SVG renderer from
the project's PySide6 does the job. Run it after every change to the SVG and commit the result.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from organizer import APP_ID  # noqa: E402

HICOLOR = ROOT / "resources" / "icons" / "hicolor"
SVG = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render_with_rsvg(tool: str, size: int, out: Path) -> None:
    subprocess.run(
        [tool, "--width", str(size), "--height", str(size), "--output", str(out), str(SVG)],
        check=True,
    )


def render_with_qt(size: int, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["render_icons", "-platform", "offscreen"])
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"could not write {out}")


ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def write_ico(out: Path) -> None:
    """A Windows .ico holding the hand-checked PNG sizes (not one image scaled down)."""
    from PIL import Image

    images = [Image.open(png_path(size)).convert("RGBA") for size in ICO_SIZES]
    largest = images[-1]
    largest.save(out, format="ICO", sizes=[im.size for im in images], append_images=images[:-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renderer", choices=("auto", "rsvg", "qt"), default="auto")
    parser.add_argument("--ico", type=Path, help="only write a Windows icon file from the PNGs")
    args = parser.parse_args()
    if args.ico:
        write_ico(args.ico)
        print(f"wrote {args.ico}")
        return 0
    rsvg = shutil.which("rsvg-convert")
    use_qt = args.renderer == "qt" or (args.renderer == "auto" and rsvg is None)
    if args.renderer == "rsvg" and rsvg is None:
        raise SystemExit("rsvg-convert is not installed (apt install librsvg2-bin)")
    for size in SIZES:
        out = png_path(size)
        out.parent.mkdir(parents=True, exist_ok=True)
        if use_qt:
            render_with_qt(size, out)
        else:
            assert rsvg is not None
            render_with_rsvg(rsvg, size, out)
        print(f"{out.relative_to(ROOT)}  {size}x{size}")
    print(f"rendered with {'Qt SVG' if use_qt else 'rsvg-convert'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
