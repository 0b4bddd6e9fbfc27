"""A generated sending history: organisations, their people, internal senders, and
ordinary messages between them (tests/test_history_*.py and bench/bench_history.py)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

FAMILY = ["田中", "佐藤", "鈴木", "高橋", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
          "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水",
          "山崎", "森", "池田", "橋本", "阿部", "石川", "前田", "藤田", "後藤", "岡田"]
GIVEN = ["太郎", "花子", "一郎", "次郎", "美咲", "健", "直子", "誠", "裕子", "大輔", "陽子",
         "翔", "恵", "剛", "由美", "拓也", "明美", "浩", "愛", "修", "真一", "久美子", "隆",
         "智子", "和也", "幸子", "聡", "香織", "大樹", "舞", "信也", "千尋", "亮", "綾",
         "正人", "沙織", "悟", "由紀", "康介", "瞳"]
ROMAJI = {"田中": "tanaka", "佐藤": "sato", "鈴木": "suzuki", "高橋": "takahashi",
          "伊藤": "ito", "渡辺": "watanabe", "山本": "yamamoto", "中村": "nakamura",
          "小林": "kobayashi", "加藤": "kato", "吉田": "yoshida", "山田": "yamada",
          "佐々木": "sasaki", "山口": "yamaguchi", "松本": "matsumoto", "井上": "inoue",
          "木村": "kimura", "林": "hayashi", "斎藤": "saito", "清水": "shimizu",
          "山崎": "yamazaki", "森": "mori", "池田": "ikeda", "橋本": "hashimoto",
          "阿部": "abe", "石川": "ishikawa", "前田": "maeda", "藤田": "fujita",
          "後藤": "goto", "岡田": "okada"}
COMPANY = ["あおば", "さくら", "ひかり", "みらい", "つばさ", "はやて", "こだま", "わかば",
           "ときわ", "あかね", "すずらん", "もみじ", "いろは", "しろがね", "あさひ", "やまと",
           "なごみ", "かえで", "ほくと", "みなと", "せせらぎ", "ゆうき", "たちばな", "こはく"]
KIND = ["商事", "物流", "工業", "システム", "製作所", "建設", "電機", "印刷"]
INTERNAL_DOMAIN = "example.co.jp"
SENDERS = ["taro@example.co.jp", "hanako@example.co.jp", "ichiro@example.co.jp",
           "misaki@example.co.jp", "ken@example.co.jp"]


@dataclass
class Person:
    family: str
    given: str
    address: str

    @property
    def name(self) -> str:
        return f"{self.family} {self.given}"


@dataclass
class Org:
    name: str            # 株式会社あおば商事
    domain: str
    people: list[Person] = field(default_factory=list)


@dataclass
class World:
    orgs: list[Org]
    projects: list[tuple[int, int]]   # pairs of organisations mailed together
    rng: random.Random
    # full names in use: two correspondents of one name at two organisations are rare
    # in real life (a far larger name space than this generator's), so it avoids them
    names: set[str] = field(default_factory=set)

    def new_person(self, org: Org) -> Person:
        used = {p.address for p in org.people}
        while True:
            fam, giv = self.rng.choice(FAMILY), self.rng.choice(GIVEN)
            addr = f"{ROMAJI[fam]}.{self.rng.randrange(10, 99)}@{org.domain}"
            if addr not in used and (f"{fam} {giv}" not in self.names
                                     or len(self.names) >= len(FAMILY) * len(GIVEN)):
                self.names.add(f"{fam} {giv}")
                return Person(fam, giv, addr)


def make_world(n_orgs: int = 20, people: tuple[int, int] = (2, 6), seed: int = 1,
               projects: int = 3) -> World:
    rng = random.Random(seed)
    orgs: list[Org] = []
    names = [(c, k) for c in COMPANY for k in KIND]
    rng.shuffle(names)
    for i in range(n_orgs):
        c, k = names[i % len(names)]
        name = f"株式会社{c}{k}" if i % 3 else f"{c}{k}株式会社"
        dom = f"{_ascii(c)}-{i}.co.jp"
        orgs.append(Org(name, dom))
    world = World(orgs, [], rng)
    for o in orgs:
        for _ in range(rng.randint(*people)):
            o.people.append(world.new_person(o))
    world.projects = [(2 * i, 2 * i + 1) for i in range(min(projects, n_orgs // 2))]
    return world


def _ascii(kana: str) -> str:
    from mailguard.history.names import kana_romaji

    return kana_romaji(kana) or "org"


def salutation(org: Org, person: Person) -> str:
    return f"{org.name}\n{person.name} 様\n\nいつもお世話になっております。\n"


def letter(sender: str, to: list[tuple[Org, Person]], *, date=None, body: str | None = None,
           cc: list[tuple[Org, Person]] = (), subject: str = "お打ち合わせの件",
           names: list[str] | None = None) -> bytes:
    """A message from ``sender`` to ``to``: each recipient with its display name (or
    ``names``), the salutation of the first recipient unless ``body`` is given."""
    m = EmailMessage()
    m["From"] = formataddr(("送信者", sender))
    shown = names or [p.name for _, p in to]
    m["To"] = ", ".join(formataddr((n, p.address)) for n, (_, p) in zip(shown, to,
                                                                          strict=True))
    if cc:
        m["Cc"] = ", ".join(formataddr((p.name, p.address)) for _, p in cc)
    m["Subject"] = subject
    if date is not None:
        m["Date"] = format_datetime(date)
    if body is None:
        org, person = to[0]
        body = salutation(org, person) + "\n先日の件について資料をお送りします。\n\n送信者\n"
    m.set_content(body)
    return m.as_bytes()


def ordinary(world: World, rng: random.Random) -> tuple[str, list[tuple[Org, Person]],
                                                        list[tuple[Org, Person]]]:
    """One ordinary message: a sender, To (one person, or two of a project's
    organisations) and Cc (a colleague of the first recipient, sometimes)."""
    sender = rng.choice(SENDERS)
    # people are written to unevenly (a few a lot), like real correspondence
    if world.projects and rng.random() < 0.15:
        a, b = rng.choice(world.projects)
        to = [(world.orgs[a], rng.choice(world.orgs[a].people)),
              (world.orgs[b], rng.choice(world.orgs[b].people))]
        return sender, to, []
    org = world.orgs[min(int(rng.expovariate(1 / (len(world.orgs) / 3))),
                         len(world.orgs) - 1)]
    person = org.people[min(int(rng.expovariate(1.0)), len(org.people) - 1)]
    cc = []
    if len(org.people) > 1 and rng.random() < 0.2:
        other = rng.choice([p for p in org.people if p is not person])
        cc = [(org, other)]
    return sender, [(org, person)], cc
