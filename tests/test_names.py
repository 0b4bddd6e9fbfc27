"""Person names found by the morphological analyser (mailguard/detect/names.py).

Everything runs the real analyser (fugashi + unidic-lite) in its real child process.
Two parts: what is taken for a name (a labelled list, then each class of case with
fresh examples), and that the analyser is contained (a child that is killed, crashes,
hangs or cannot load never takes the caller with it, and never gives a wrong empty
answer).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from names_corpus import (
    FINAL_NAMES,
    FINAL_NON_NAMES,
    FRESH_NAMES,
    FRESH_NON_NAMES,
    HELDOUT_NAMES,
    HELDOUT_NON_NAMES,
    NAMES,
    NON_NAMES,
    score,
)

from mailguard.detect import names, names_worker
from mailguard.detect.names import (
    MAX_PIECE,
    NameAnalyser,
    NameSpan,
    NamesUnavailable,
    find_names,
    is_person_name,
    person_name_cells,
)


@pytest.fixture(scope="module")
def analyser():
    a = NameAnalyser()
    yield a
    a.close()


def taken(text: str, analyser: NameAnalyser) -> list[str]:
    return [text[s.start:s.end] for s in find_names([text], analyser=analyser)[0]]


def gone(pid: int, within: float = 5.0) -> bool:
    """Whether process ``pid`` has exited (or is a zombie nobody reaped yet)."""
    end = time.monotonic() + within
    while time.monotonic() < end:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.02)
    return False


# --- accuracy on the labelled lists ----------------------------------------------------------

@pytest.mark.parametrize(("names_list", "non_names", "min_precision", "min_recall"), [
    (NAMES, NON_NAMES, 0.97, 0.94),
    (HELDOUT_NAMES, HELDOUT_NON_NAMES, 0.97, 0.9),
    (FRESH_NAMES, FRESH_NON_NAMES, 0.95, 0.95),
    (FINAL_NAMES, FINAL_NON_NAMES, 0.97, 0.93),
], ids=["fitted", "heldout", "fresh", "final"])
def test_precision_and_recall_on_labelled_lists(analyser, names_list, non_names,
                                                min_precision, min_recall):
    assert len(names_list) + len(non_names) > 130
    s = score(lambda texts: find_names(texts, analyser=analyser), names_list, non_names)
    assert s.precision >= min_precision, s.wrong
    assert s.recall >= min_recall, s.missed


# --- names: each class with fresh examples ---------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("野々村美穂", "野々村美穂"),                 # no space
    ("久米 裕二", "久米 裕二"),                   # ASCII space
    ("宇田川　千晴", "宇田川　千晴"),             # full-width space
    ("東海林 隼", "東海林 隼"),                   # rare surnames
    ("小鳥遊 明日菜", "小鳥遊 明日菜"),
    ("五十嵐亜矢", "五十嵐亜矢"),
    ("長谷川澪", "長谷川澪"),                     # 澪 is an ordinary word to UniDic
    ("九十九 陽菜", "九十九 陽菜"),               # a surname UniDic reads as numbers
    ("ナガサワ シオン", "ナガサワ シオン"),       # readings
    ("ﾀｶﾊｼ ｹﾝｲﾁ", "ﾀｶﾊｼ ｹﾝｲﾁ"),                   # half-width, offsets in the original
    ("西岡 まなみ", "西岡 まなみ"),               # hiragana given name
])
def test_a_cell_holding_a_name(analyser, text, name):
    assert taken(text, analyser) == [name]
    assert is_person_name(text, analyser=analyser)


@pytest.mark.parametrize(("text", "name", "surname", "given"), [
    ("中原様", "中原", True, False),
    ("中原 様", "中原", True, False),
    ("土方さんに確認しました", "土方", True, False),
    ("遥斗くん", "遥斗", False, True),
    ("佐野先生", "佐野", True, False),           # UniDic tags 佐野 a place here
    ("総務部 西川 千秋様", "西川 千秋", True, True),
    ("平野 優花 様", "平野 優花", True, True),
])
def test_honorifics_and_the_parts_tagged(analyser, text, name, surname, given):
    spans = find_names([text], analyser=analyser)[0]
    assert [text[s.start:s.end] for s in spans] == [name]
    assert (spans[0].surname, spans[0].given) == (surname, given)


def test_names_in_running_text_with_exact_offsets(analyser):
    text = "本日、竹下 昌平様から資料が届き、浜口さんと共有しました。"
    spans = find_names([text], analyser=analyser)[0]
    assert spans == [NameSpan(text.index("竹下"), text.index("様"), True, True),
                     NameSpan(text.index("浜口"), text.index("浜口") + 2, True, False)]


def test_a_full_name_needs_no_honorific_in_a_sentence(analyser):
    assert taken("資料は野口美帆が作成しました", analyser) == ["野口美帆"]


@pytest.mark.parametrize("text", [
    # companies that carry a surname, and others
    "豊田通商", "小野薬品工業", "武田薬品", "岩谷産業", "株式会社吉村電機", "森ビル",
    "中島商店", "佐藤建設の見積もりです",
    # places, addresses
    "長野", "福岡市", "新宿区西新宿2-8-1", "京都市中京区烏丸通", "横浜",
    # products and words
    "カップヌードル", "ポカリスエット", "請求書", "備考", "有", "済",
    # titles and departments
    "部長", "担当者", "代表取締役", "営業部", "総務部 人事課", "品質保証室",
    # sentences without a person
    "来週の会議は長野で行います", "部長の承認を得てください", "日立の工場を見学しました",
])
def test_no_name(analyser, text):
    assert taken(text, analyser) == []


def test_a_surname_alone_counts_only_as_the_whole_cell_or_with_an_honorific(analyser):
    # 豊田 is a surname; 豊田通商 a company; 豊田市 a city
    assert is_person_name("豊田", analyser=analyser)
    assert not is_person_name("豊田通商", analyser=analyser)
    assert taken("豊田市の豊田さんから豊田通商の件で", analyser) == ["豊田"]
    assert taken("豊田へ出張します", analyser) == []


@pytest.mark.parametrize(("cells", "expected"), [
    (["長谷部 彩", "長谷部 彩様", " 長谷部 彩 "], [True, True, True]),
    (["長谷部 彩 090-1111-2222", "長谷部 彩、森 亮", "営業部", "", "Taro"],
     [False, False, False, False, False]),
])
def test_person_name_cells(analyser, cells, expected):
    assert person_name_cells(cells, analyser=analyser) == expected


def test_several_names_in_one_cell(analyser):
    assert taken("梶原、藤川", analyser) == ["梶原", "藤川"]
    assert taken("関 千里／大西 航", analyser) == ["関 千里", "大西 航"]


@pytest.mark.xfail(strict=True, reason="known limit: no 人名 tag and no honorific")
@pytest.mark.parametrize("text", [
    "シライシ ミナ",     # a reading of a proper noun (brands look the same) and a word
    "高見、梶原",         # 高見 is an ordinary word to UniDic
    "四月一日",           # a surname alone that reads as a date
])
def test_known_limits(analyser, text):
    assert taken(text, analyser) == [t.strip() for t in text.split("、")]


def test_long_texts_are_cut_and_offsets_stay_right(analyser):
    filler = "ご確認のほどよろしくお願いいたします。\n" * (MAX_PIECE // 20)
    text = "宛先：細井 一真様\n" + filler + "担当：寺田 莉緒\n" + filler + "以上、沖田さんより"
    assert len(text) > 2 * MAX_PIECE
    assert taken(text, analyser) == ["細井 一真", "寺田 莉緒", "沖田"]


def test_control_characters_and_broken_text_keep_offsets(analyser):
    text = "\x00\x1b[0m 芦田 玲奈\udc80様"
    spans = find_names([text], analyser=analyser)[0]
    assert [text[s.start:s.end] for s in spans] == ["芦田 玲奈"]


def test_texts_without_kana_or_kanji_start_no_analyser():
    a = NameAnalyser()
    assert find_names(["Taro Yamada", "090-1234-5678", "", "  "], analyser=a) == [[]] * 4
    assert a.started == 0 and a.pid is None


def test_the_default_analyser_answers_the_plain_api():
    assert find_names(["桐生 大和"]) == [[NameSpan(0, 5, True, True)]]
    assert is_person_name("桐生 大和")


# --- contained: crashes, hangs, missing parts --------------------------------------------

def test_a_killed_child_is_replaced_by_the_next_call():
    a = NameAnalyser()
    try:
        assert taken("森 真一", a) == ["森 真一"]
        first = a.pid
        os.kill(first, signal.SIGKILL)
        assert gone(first)
        assert taken("森 真一", a) == ["森 真一"]
        assert a.pid not in (None, first) and a.started == 2
    finally:
        a.close()


@pytest.mark.parametrize("hook", [names_worker.TEST_EXIT, names_worker.TEST_CRASH])
def test_a_child_dying_on_a_batch_fails_that_batch_only(hook):
    a = NameAnalyser(test_hooks=True)
    try:
        assert taken("森 真一", a) == ["森 真一"]
        first = a.pid
        with pytest.raises(NamesUnavailable):
            a.tokens([hook, "森 真一"])
        assert gone(first)
        assert taken("森 真一", a) == ["森 真一"]
        assert a.started == 2
    finally:
        a.close()


def test_a_hanging_child_is_cut_at_the_timeout_and_killed():
    a = NameAnalyser(timeout=0.5, test_hooks=True)
    try:
        assert taken("森 真一", a) == ["森 真一"]
        first = a.pid
        t0 = time.monotonic()
        with pytest.raises(NamesUnavailable, match="in time"):
            a.tokens([names_worker.TEST_HANG])
        assert time.monotonic() - t0 < 3
        assert gone(first, within=1)
        assert taken("森 真一", a) == ["森 真一"]
    finally:
        a.close()


def test_the_test_hooks_are_dead_text_unless_asked_for():
    a = NameAnalyser()
    try:
        a.tokens(["森"])
        first = a.pid
        a.tokens([names_worker.TEST_EXIT, names_worker.TEST_HANG])
        assert a.pid == first
    finally:
        a.close()


@pytest.mark.parametrize(("module", "source", "why"), [
    ("fugashi.py", "raise ImportError('no fugashi here')\n", "ImportError"),
    ("unidic_lite/__init__.py", "DICDIR = '/nonexistent/dicdir'\n", "RuntimeError"),
], ids=["no-fugashi", "no-dictionary"])
def test_missing_analyser_or_dictionary_is_unavailable_without_restart_loop(
        tmp_path, monkeypatch, module, source, why):
    shadow = tmp_path / module
    shadow.parent.mkdir(parents=True, exist_ok=True)
    shadow.write_text(source)
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    a = NameAnalyser(retry_after=60)
    with pytest.raises(NamesUnavailable, match=why):
        find_names(["森 真一"], analyser=a)
    t0 = time.monotonic()
    with pytest.raises(NamesUnavailable, match=why):
        find_names(["森 真一"], analyser=a)
    assert a.started == 1 and time.monotonic() - t0 < 0.05   # no second child
    monkeypatch.delenv("PYTHONPATH")
    a.retry_after = 0   # once the parts are there again, the next call starts one
    assert taken("森 真一", a) == ["森 真一"]
    a.close()


def test_threads_take_turns_on_one_child():
    # its own analyser, with a timeout no loaded machine reaches: this is about sharing
    # one child, not about replacing a slow one (the tests below do that)
    analyser = NameAnalyser(timeout=120)
    cells = [t for t, _ in NAMES[:40]] + NON_NAMES[:40]
    expected = find_names(cells, analyser=analyser)
    errors: list[str] = []

    def worker(k: int) -> None:
        for n in range(15):
            batch = cells[(k + n) % 7::3]
            want = expected[(k + n) % 7::3]
            if find_names(batch, analyser=analyser) != want:
                errors.append(f"thread {k} call {n}")

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert errors == []
        assert analyser.started == 1
    finally:
        analyser.close()


def test_a_child_over_its_memory_bound_is_replaced_after_the_batch():
    a = NameAnalyser(rss_limit=1)   # every child is over: each call gets a fresh one
    try:
        for _ in range(3):
            assert taken("森 真一", a) == ["森 真一"]
            assert a.pid is None
        assert a.started == 3
    finally:
        a.close()


def test_a_forked_process_starts_its_own_child():
    assert taken("森 真一", names.default_analyser()) == ["森 真一"]
    parent_child = names.default_analyser().pid
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:   # the forked process: answer through the pipe, never return into pytest
        try:
            spans = find_names(["森 真一"])
            os.write(write, f"{names.default_analyser().pid} {spans[0][0].end}".encode())
        finally:
            os._exit(0)
    os.close(write)
    answer = os.read(read, 100).decode().split()
    os.close(read)
    os.waitpid(pid, 0)
    assert int(answer[0]) != parent_child and answer[1] == "4"
    # and the parent's child was not disturbed
    assert names.default_analyser().pid == parent_child
    assert taken("森 真一", names.default_analyser()) == ["森 真一"]


def test_the_child_ends_with_its_parent():
    script = ("import os; from mailguard.detect import names; names.find_names(['森 真一']); "
              "print(names.default_analyser().pid, flush=True); os._exit(0)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=60, check=True)
    assert gone(int(out.stdout.split()[0]))


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_the_child_keeps_its_resident_set_near_the_trim():
    from pii_corpus import business_mails

    lines = sorted({line.strip() for m in business_mails(200_000, threads=False)
                    for line in m.splitlines() if line.strip()})
    a = NameAnalyser(rss_trim=32 << 20, rss_limit=None)
    try:
        texts = [t for t, _ in NAMES + FRESH_NAMES] + NON_NAMES + FRESH_NON_NAMES + lines
        for i in range(0, len(texts), 50):
            find_names(texts[i:i + 50], analyser=a)
        peak = next(int(line.split()[1]) for line in
                    Path(f"/proc/{a.pid}/status").read_text().splitlines()
                    if line.startswith("VmHWM:"))
        # untrimmed, these texts leave 90 MB of the dictionary resident
        assert peak < (32 + 16) * 1024, f"{peak} kB"
        assert a.started == 1
    finally:
        a.close()


def test_a_surname_heading_a_clause_or_before_a_title_is_a_name(analyser):
    assert taken("面談の中で、真鍋が昨年の件を話しました", analyser) == ["真鍋"]
    assert taken("鷲尾常務は来週から出張です", analyser) == ["鷲尾"]
    assert taken("申告者の一ノ瀬から連絡がありました", analyser) == ["一ノ瀬"]
    # the sender introducing themself, a place, a department's staff are not taken so
    assert taken("お世話になっております。江藤です。", analyser) == []
    assert taken("豊田へ出張します", analyser) == []


def test_a_place_like_surname_and_a_one_kanji_given_name_set_off_by_spaces(analyser):
    assert taken("来月から出向予定の 牧之原 翔 について", analyser) == ["牧之原 翔"]
    assert taken("会場は 横浜 港 から徒歩5分です", analyser) == []
