"""The example notebook run top to bottom against the service, as a researcher runs it: a cell
error fails the test, and its key answers are checked."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[3] / "examples" / "notebooks" / "radiation-oncology-codes.ipynb"


def _text(cell: nbformat.NotebookNode) -> str:
    parts = []
    for output in cell.get("outputs", []):
        parts.append(output.get("text", ""))
        parts.append((output.get("data") or {}).get("text/plain", ""))
    return "\n".join(parts)


def test_the_notebook_runs_top_to_bottom() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), "the notebook is committed without outputs"
    # One stream output per cell, as Jupyter shows it: the kernel flushes its output on a timer, and
    # a busy machine can split one print() over two messages.
    NotebookClient(notebook, timeout=180, kernel_name="python3", coalesce_streams=True).execute()
    cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    outputs = [_text(cell) for cell in cells]
    assert "77301" in outputs[1] and "Procedure" in outputs[1]
    assert any("G6015" in text and "level-3" in text for text in outputs)
    assert any("RECOMMENDED level 3 [('77412', 'PRIMARY'), ('77387', 'ADD_ON')]" in text for text in outputs)
    assert any("9 mapped, 0 unmapped, 1 rejected" in text for text in outputs)
    # The chart is drawn.
    assert any(output.get("data", {}).get("image/png") for output in cells[-1].get("outputs", []))
