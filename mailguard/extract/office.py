"""Spreadsheets and legacy (OLE) Office files.

XLSX/XLSM: openpyxl in read-only mode streams each sheet's XML, row by row, and every
sheet is read, hidden ones and hidden rows/columns included.  A sheet's
``<dimension ref="A1:XFD1048576">`` is ignored (``reset_dimensions``): it would make
openpyxl pad every row to 16 384 cells.  Rows are counted against ``max_cells`` as they
come, padding included, so a hostile sheet costs bounded time.

OLE containers: an ``EncryptedPackage`` stream is a password-protected OOXML file;
msoffcrypto-tool tells whether a legacy .xls/.doc/.ppt is encrypted.  Legacy .xls is
read with xlrd.  Legacy .doc/.ppt and Outlook .msg are read by ``mailguard.extract.legacy``.
"""

from __future__ import annotations

import io
import os
import warnings
import zipfile
from collections.abc import Callable, Iterator

from mailguard.extract.archive import check_declared
from mailguard.extract.limits import Budget, Unreadable, check_ratio
from mailguard.extract.text import trim_row

# xlrd loads a whole sheet before its rows can be counted: its input size is what bounds
# the memory, at this many bytes of file per allowed cell.
XLS_BYTES_PER_CELL = 16


def check_workbook(zf: zipfile.ZipFile, budget: Budget) -> None:
    """Refuse a workbook whose parts are, by their declared sizes, too big or compressed
    like a bomb, before openpyxl inflates them on its own.

    Worksheets are streamed row by row and cost what their cells cost (``max_cells``),
    so only their compression ratio is judged; the parts openpyxl loads whole (shared
    strings, styles, the workbook) must fit ``max_file_bytes`` each and count against
    the message budget.  Media and embedded objects are never inflated here.
    """
    total = 0
    for info in zf.infolist():
        if not info.filename.endswith((".xml", ".rels")):
            continue
        if info.filename.startswith("xl/worksheets/"):
            check_ratio(info.file_size, info.compress_size, budget.limits)
            continue
        check_declared(info, budget)
        total += info.file_size
    if total > budget.remaining_bytes:
        raise Unreadable("too_large", "workbook expands over the message budget")
    budget.take_bytes(total)


Rows = Iterator[tuple[str, ...]]


def xlsx_sheets(data: bytes, budget: Budget) -> Iterator[tuple[str, Callable[[], Rows]]]:
    """(sheet name, row iterator) for every worksheet, hidden ones too."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about every extension it skips
        try:
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True,
                                        keep_links=False)
        except (InvalidFileException, KeyError, zipfile.BadZipFile, ValueError, TypeError,
                AttributeError, IndexError, OSError, SyntaxError) as e:
            raise Unreadable("corrupt", f"unreadable workbook ({type(e).__name__})") from None
    try:
        for ws in wb.worksheets:
            yield ws.title, _rows_of(ws, budget)
    finally:
        wb.close()


def _rows_of(ws, budget: Budget) -> Callable[[], Rows]:
    def rows() -> Rows:
        ws.reset_dimensions()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for n, values in enumerate(ws.iter_rows(values_only=True)):
                if n & 255 == 0:
                    budget.check()
                budget.take_cells(max(len(values), 1))
                cells = trim_row(values)
                if cells:
                    yield cells
    return rows


# --- OLE: encrypted Office, legacy formats ---------------------------------------------------

def ole_kind(data: bytes) -> str:
    """encrypted-ooxml, xls, doc, ppt, msg or other."""
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except (OSError, ValueError, IndexError, TypeError) as e:
        raise Unreadable("corrupt", f"unreadable OLE container ({type(e).__name__})") from None
    try:
        paths = ole.listdir(streams=True, storages=False)
        streams = {"/".join(p) for p in paths}
        # No stream of a real file is larger than the file: a damaged directory that
        # says so would have olefile (and msoffcrypto after it) follow a sector chain
        # round and round (4 KB took 9 s and 2 GB)
        if any(ole.get_size(p) > len(data) for p in paths):
            raise Unreadable("corrupt", "OLE stream larger than the file")
    except Unreadable:
        raise
    except Exception as e:  # olefile raises plain errors on damaged directories
        raise Unreadable("corrupt", f"unreadable OLE directory ({type(e).__name__})") from None
    finally:
        ole.close()
    if "EncryptedPackage" in streams:
        return "encrypted-ooxml"
    if "Workbook" in streams or "Book" in streams:
        return "xls"
    if "WordDocument" in streams:
        return "doc"
    if "PowerPoint Document" in streams:
        return "ppt"
    if any(s.startswith("__substg1.0_") for s in streams):
        return "msg"
    return "other"


def legacy_encrypted(data: bytes) -> bool:
    """Whether a legacy .xls/.doc/.ppt is password-protected (msoffcrypto-tool)."""
    import msoffcrypto

    try:
        return bool(msoffcrypto.OfficeFile(io.BytesIO(data)).is_encrypted())
    except Exception:  # a format msoffcrypto does not know: not known to be encrypted
        return False


def xls_sheets(data: bytes, budget: Budget) -> Iterator[tuple[str, list[tuple[str, ...]]]]:
    """(sheet name, rows) of a legacy .xls, every sheet (hidden ones too)."""
    import xlrd

    cap = budget.limits.max_cells * XLS_BYTES_PER_CELL
    if len(data) > cap:
        raise Unreadable("too_large", f"legacy .xls over {cap} bytes")
    with open(os.devnull, "w") as devnull:
        try:
            book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=devnull)
        except xlrd.biffh.XLRDError as e:
            if "encrypt" in str(e).lower():
                raise Unreadable("encrypted", "password-protected workbook") from None
            raise Unreadable("corrupt", "unreadable .xls") from None
        except Exception as e:
            raise Unreadable("corrupt", f"unreadable .xls ({type(e).__name__})") from None
        try:
            for i in range(book.nsheets):
                budget.check()
                try:
                    sheet = book.sheet_by_index(i)
                except Exception as e:
                    raise Unreadable("corrupt", f"unreadable sheet ({type(e).__name__})") from None
                budget.take_cells(max(sheet.nrows * sheet.ncols, 1))
                rows = []
                for r in range(sheet.nrows):
                    values = []
                    for cell in sheet.row(r):
                        if cell.ctype == xlrd.XL_CELL_DATE:
                            try:
                                values.append(xlrd.xldate.xldate_as_datetime(cell.value,
                                                                             book.datemode))
                                continue
                            except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                                pass
                        values.append(cell.value if cell.ctype != xlrd.XL_CELL_ERROR else "")
                    cells = trim_row(values)
                    if cells:
                        rows.append(cells)
                yield sheet.name, rows
                book.unload_sheet(i)
        finally:
            book.release_resources()
