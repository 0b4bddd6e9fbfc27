"""A generated sending history: organisations, their people, internal senders, and
ordinary messages between them (tests/test_history_*.py and bench/bench_history.py)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

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
_MORE_FAMILIES = """
長谷川:hasegawa 村上:murakami 近藤:kondo 石井:ishii 坂本:sakamoto
遠藤:endo 青木:aoki 藤井:fujii 西村:nishimura 福田:fukuda 太田:ota
三浦:miura 藤原:fujiwara 岡本:okamoto 松田:matsuda 中川:nakagawa
中野:nakano 原田:harada 小野:ono 田村:tamura 竹内:takeuchi
金子:kaneko 和田:wada 中山:nakayama 石田:ishida 上田:ueda
森田:morita 原:hara 柴田:shibata 酒井:sakai 工藤:kudo
横山:yokoyama 宮崎:miyazaki 宮本:miyamoto 内田:uchida 高木:takagi
安藤:ando 谷口:taniguchi 大野:ono2 丸山:maruyama 今井:imai
高田:takada 藤本:fujimoto 武田:takeda 村田:murata 上野:ueno
杉山:sugiyama 増田:masuda 平野:hirano 大塚:otsuka 千葉:chiba
久保:kubo 松井:matsui 小島:kojima 岩崎:iwasaki 桜井:sakurai
野口:noguchi 松尾:matsuo 野村:nomura 木下:kinoshita 菊地:kikuchi
佐野:sano 大西:onishi 杉本:sugimoto 新井:arai 浜田:hamada
菅原:sugawara 市川:ichikawa
"""
ROMAJI.update(dict(w.split(":") for w in _MORE_FAMILIES.split()))
FAMILY = list(ROMAJI)
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
            fam = FAMILY[_skewed(self.rng, len(FAMILY), len(FAMILY) / 4)]
            giv = self.rng.choice(GIVEN)
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


def salutation(org: Org, person: Person, short: bool = False) -> str:
    if short:  # 「田中様」 alone, as many replies open
        return f"{person.family}様\n\nいつもお世話になっております。\n"
    return f"{org.name}\n{person.name} 様\n\nいつもお世話になっております。\n"


def letter(sender: str, to: list[tuple[Org, Person]], *, date=None, body: str | None = None,
           cc: list[tuple[Org, Person]] = (), subject: str = "お打ち合わせの件",
           names: list[str] | None = None, short: bool = False) -> bytes:
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
        body = salutation(org, person, short) + "\n先日の件について資料をお送りします。\n\n送信者\n"
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
    org = world.orgs[_skewed(rng, len(world.orgs), len(world.orgs) / 3)]
    person = org.people[_skewed(rng, len(org.people), 1.0)]
    cc = []
    if len(org.people) > 1 and rng.random() < 0.2:
        other = rng.choice([p for p in org.people if p is not person])
        cc = [(org, other)]
    return sender, [(org, person)], cc


def _skewed(rng: random.Random, n: int, mean: float) -> int:
    """An index below ``n``, small ones far likelier (exponential, redrawn past the end
    rather than piled on the last one)."""
    while True:
        i = int(rng.expovariate(1 / mean))
        if i < n:
            return i
