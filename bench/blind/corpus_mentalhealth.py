"""Blind corpus — AREA: mentalhealth.

メンタルヘルス対策・ストレスチェック・休職と復職支援・EAP: mail of 日の出産業 人事部 健康管理室
(保健師・看護師・産業医・労務課) working with the outside EAP provider, the stress-check
vendor, clinics and hospitals, a rework centre, the health insurance society, the GLTD
insurer, the 社労士 office, the law firm and training vendors.

All people, numbers and addresses are invented; My Numbers and card numbers come from
build.my_number / build.card_number (SEED + k, k distinct in this file).
"""

from build import card_number, my_number

SEED = 43001

# -- invented employees (社員番号, 氏名, かな, romaji, 性別, 生年月日, 所属, 携帯, 〒, 住所, 社用メール)
ROSTER = [
    ('102565', '四方田 瞳', 'よもだ ひとみ', 'Hitomi Yomoda', 'F', '1983-06-09', '設計課', '070-9860-5363', '438-6661', '大阪府堺市北区中百舌鳥町2-28-14 コーポ若葉 108', 'hitomi.yomoda@hinode-sangyo.co.jp'),
    ('119003', '及川 綾乃', 'おいかわ あやの', 'Ayano Oikawa', 'F', '1995-10-08', '広報室', '090-1259-1077', '577-6691', '東京都府中市住吉町2-17-8', 'ayano.oikawa@hinode-sangyo.co.jp'),
    ('187172', '仙波 圭吾', 'せんば けいご', 'Keigo Senba', 'M', '1967-05-25', '購買部', '070-2866-7564', '324-3070', '東京都江東区南砂3-10-12 グランレジデンス桜 105', 'keigo.senba@hinode-sangyo.co.jp'),
    ('232829', '岡田 優子', 'おかだ ゆうこ', 'Yuko Okada', 'F', '1985-08-11', '生産管理課', '070-2642-2063', '479-4218', '愛知県名古屋市千種区覚王山通2-8-3', 'yuko.okada@hinode-sangyo.co.jp'),
    ('188096', '東海林 綾乃', 'しょうじ あやの', 'Ayano Shoji', 'F', '1977-08-12', '営業2課', '080-8108-5675', '391-2197', '神奈川県川崎市中原区新丸子東4-13-19', 'ayano.shoji@hinode-sangyo.co.jp'),
    ('135813', '久我 瞳', 'くが ひとみ', 'Hitomi Kuga', 'F', '1974-06-19', '名古屋支店', '070-2115-4458', '265-5311', '愛知県豊田市元町5-22-7 グランレジデンス緑町 205', 'hitomi.kuga@hinode-sangyo.co.jp'),
    ('234950', '吉田 沙織', 'よしだ さおり', 'Saori Yoshida', 'F', '1979-06-07', '物流センター', '090-7251-6941', '486-4738', '愛知県名古屋市千種区覚王山通4-18-4', 'saori.yoshida@hinode-sangyo.co.jp'),
    ('186171', '井上 沙織', 'いのうえ さおり', 'Saori Inoue', 'F', '1975-10-17', '営業1課', '080-7191-3794', '141-9205', '大阪府堺市北区中百舌鳥町4-23-20', 'saori.inoue@hinode-sangyo.co.jp'),
    ('171760', '薬師寺 蓮', 'やくしじ れん', 'Ren Yakushiji', 'M', '1966-08-16', '物流センター', '070-4118-3123', '427-6592', '千葉県松戸市常盤平1-17-13 ハイツ白鷺 204', 'ren.yakushiji@hinode-sangyo.co.jp'),
    ('199728', '毛利 結衣', 'もうり ゆい', 'Yui Mori', 'F', '1993-06-04', '物流センター', '090-1580-7019', '480-7585', '東京都府中市住吉町1-10-10 ハイツ桜 401', 'yui.mori@hinode-sangyo.co.jp'),
    ('218016', '渡辺 和也', 'わたなべ かずや', 'Kazuya Watanabe', 'M', '1981-09-03', '購買部', '080-4926-5767', '534-8261', '大阪府堺市北区中百舌鳥町4-1-14 メゾン若葉 508', 'kazuya.watanabe@hinode-sangyo.co.jp'),
    ('172998', '相楽 陽菜', 'さがら ひな', 'Hina Sagara', 'F', '1997-12-03', '設計課', '080-9518-8659', '215-4852', '神奈川県川崎市中原区新丸子東5-16-1', 'hina.sagara@hinode-sangyo.co.jp'),
    ('188951', '野々村 剛', 'ののむら つよし', 'Tsuyoshi Nonomura', 'M', '1988-03-26', '設計課', '080-8828-2659', '462-0050', '兵庫県西宮市甲子園口3-24-11', 'tsuyoshi.nonomura@hinode-sangyo.co.jp'),
    ('149596', '山本 大輔', 'やまもと だいすけ', 'Daisuke Yamamoto', 'M', '1978-09-25', '物流センター', '070-5190-9390', '171-6572', '東京都府中市住吉町5-24-12', 'daisuke.yamamoto@hinode-sangyo.co.jp'),
    ('238232', '芦原 達也', 'あしはら たつや', 'Tatsuya Ashihara', 'M', '1973-11-21', '営業1課', '090-4418-9366', '274-7389', '愛知県豊田市元町3-27-12', 'tatsuya.ashihara@hinode-sangyo.co.jp'),
    ('204793', '戸叶 恵', 'とかの めぐみ', 'Megumi Tokano', 'F', '1990-04-14', '名古屋支店', '070-2933-9826', '376-0460', '愛知県豊田市元町4-18-16', 'megumi.tokano@hinode-sangyo.co.jp'),
    ('198283', '藤原 悠斗', 'ふじわら ゆうと', 'Yuto Fujiwara', 'M', '1996-03-27', '名古屋支店', '080-4524-2771', '512-7273', '神奈川県横浜市港北区日吉本町3-10-19', 'yuto.fujiwara@hinode-sangyo.co.jp'),
    ('238053', '栗栖 優子', 'くるす ゆうこ', 'Yuko Kurusu', 'F', '1981-12-08', '名古屋支店', '070-8175-5484', '156-1687', '神奈川県相模原市南区相模大野2-4-5 メゾン若葉 403', 'yuko.kurusu@hinode-sangyo.co.jp'),
    ('175650', '御手洗 早紀', 'みたらい さき', 'Saki Mitarai', 'F', '1990-06-15', '営業2課', '070-4902-2288', '387-9743', '神奈川県相模原市南区相模大野3-5-6 メゾン白鷺 303', 'saki.mitarai@hinode-sangyo.co.jp'),
    ('123162', '一ノ瀬 結衣', 'いちのせ ゆい', 'Yui Ichinose', 'F', '1967-07-09', '広報室', '080-6145-7067', '467-5861', '大阪府堺市北区中百舌鳥町4-28-11', 'yui.ichinose@hinode-sangyo.co.jp'),
    ('121252', '石川 直樹', 'いしかわ なおき', 'Naoki Ishikawa', 'M', '1994-03-06', '情報システム部', '090-1231-8993', '449-4634', '東京都世田谷区経堂2-14-8', 'naoki.ishikawa@hinode-sangyo.co.jp'),
    ('116970', '近藤 修', 'こんどう おさむ', 'Osamu Kondo', 'M', '1986-11-09', '海外事業部', '070-9843-6313', '447-2128', '埼玉県さいたま市浦和区岸町1-9-8', 'osamu.kondo@hinode-sangyo.co.jp'),
    ('155641', '榊 亮', 'さかき りょう', 'Ryo Sakaki', 'M', '1966-11-25', '物流センター', '070-1240-3738', '182-1430', '東京都江東区南砂2-11-3 メゾン若葉 407', 'ryo.sakaki@hinode-sangyo.co.jp'),
    ('139630', '木村 秀樹', 'きむら ひでき', 'Hideki Kimura', 'M', '1975-07-03', '品質保証課', '070-8654-4963', '438-5246', '大阪府堺市北区中百舌鳥町3-19-16 メゾン桜 206', 'hideki.kimura@hinode-sangyo.co.jp'),
    ('228443', '生駒 彩', 'いこま あや', 'Aya Ikoma', 'F', '1986-02-27', '人事部', '080-5103-9030', '251-8397', '千葉県松戸市常盤平1-7-16', 'aya.ikoma@hinode-sangyo.co.jp'),
    ('163691', '千早 和也', 'ちはや かずや', 'Kazuya Chihaya', 'M', '1986-11-12', '開発部', '070-2736-8540', '371-5658', '兵庫県西宮市甲子園口5-19-4', 'kazuya.chihaya@hinode-sangyo.co.jp'),
    ('238581', '比嘉 彩', 'ひが あや', 'Aya Higa', 'F', '1983-05-02', '品質保証課', '070-2213-5098', '180-9008', '大阪府堺市北区中百舌鳥町5-10-13 ハイツ緑町 408', 'aya.higa@hinode-sangyo.co.jp'),
    ('139516', '乙部 綾乃', 'おとべ あやの', 'Ayano Otobe', 'F', '1978-11-04', '広報室', '070-9756-3718', '384-6108', '大阪府堺市北区中百舌鳥町2-25-5', 'ayano.otobe@hinode-sangyo.co.jp'),
    ('165433', '善波 麻衣', 'ぜんぱ まい', 'Mai Zenpa', 'F', '1984-08-28', '設計課', '080-1686-9434', '445-1361', '千葉県船橋市前原西2-10-4 グランレジデンス緑町 108', 'mai.zenpa@hinode-sangyo.co.jp'),
    ('159692', '加藤 彩', 'かとう あや', 'Aya Kato', 'F', '1992-06-18', '営業1課', '080-2778-4606', '440-7652', '大阪府吹田市江坂町1-26-16', 'aya.kato@hinode-sangyo.co.jp'),
    ('146338', '山口 亮', 'やまぐち りょう', 'Ryo Yamaguchi', 'M', '2000-05-02', '物流センター', '070-5639-7832', '338-9616', '東京都大田区西蒲田3-26-9', 'ryo.yamaguchi@hinode-sangyo.co.jp'),
    ('191514', '冨樫 康介', 'とがし こうすけ', 'Kosuke Togashi', 'M', '1986-05-23', '総務部', '080-7789-1336', '577-3771', '東京都練馬区石神井町5-11-4', 'kosuke.togashi@hinode-sangyo.co.jp'),
    ('161765', '清水 剛', 'しみず つよし', 'Tsuyoshi Shimizu', 'M', '1981-06-06', '物流センター', '080-4219-2810', '535-8512', '大阪府吹田市江坂町1-1-3', 'tsuyoshi.shimizu@hinode-sangyo.co.jp'),
    ('201881', '勅使河原 昌平', 'てしがわら しょうへい', 'Shohei Teshigawara', 'M', '1985-07-07', '総務部', '080-1336-2551', '209-1585', '大阪府堺市北区中百舌鳥町1-2-17', 'shohei.teshigawara@hinode-sangyo.co.jp'),
    ('113534', '前田 直樹', 'まえだ なおき', 'Naoki Maeda', 'M', '1983-10-16', '総務部', '090-5572-6675', '264-6431', '愛知県名古屋市千種区覚王山通3-14-7', 'naoki.maeda@hinode-sangyo.co.jp'),
    ('135689', '田中 結衣', 'たなか ゆい', 'Yui Tanaka', 'F', '1983-11-20', '営業1課', '090-2040-3769', '506-7038', '愛知県名古屋市千種区覚王山通4-10-2', 'yui.tanaka@hinode-sangyo.co.jp'),
    ('112654', '漆原 由佳', 'うるしばら ゆか', 'Yuka Urushibara', 'F', '1979-11-23', '広報室', '070-1575-5510', '488-5176', '千葉県船橋市前原西2-5-20', 'yuka.urushibara@hinode-sangyo.co.jp'),
    ('196460', '高橋 優子', 'たかはし ゆうこ', 'Yuko Takahashi', 'F', '1994-10-10', '品質保証課', '070-1323-7460', '167-0875', '神奈川県相模原市南区相模大野4-11-17', 'yuko.takahashi@hinode-sangyo.co.jp'),
    ('177634', '汐崎 早紀', 'しおざき さき', 'Saki Shiozaki', 'F', '1970-09-02', '開発部', '070-5353-7286', '238-8486', '神奈川県横浜市港北区日吉本町1-14-19 コーポ白鷺 109', 'saki.shiozaki@hinode-sangyo.co.jp'),
    ('187300', '小林 雄一郎', 'こばやし ゆういちろう', 'Yuichiro Kobayashi', 'M', '1995-10-12', '生産管理課', '080-4568-6107', '411-9422', '東京都練馬区石神井町5-9-3 グランレジデンス泉 104', 'yuichiro.kobayashi@hinode-sangyo.co.jp'),
    ('169930', '穂積 剛', 'ほづみ つよし', 'Tsuyoshi Hozumi', 'M', '1987-09-03', '開発部', '090-2007-3374', '137-9859', '愛知県豊田市元町3-4-2', 'tsuyoshi.hozumi@hinode-sangyo.co.jp'),
    ('141647', '鵜飼 千尋', 'うかい ちひろ', 'Chihiro Ukai', 'F', '1984-04-02', '経理部', '090-8376-2666', '440-5303', '千葉県船橋市前原西3-23-4 ハイツ白鷺 407', 'chihiro.ukai@hinode-sangyo.co.jp'),
    ('125525', '砂川 隼人', 'すながわ はやと', 'Hayato Sunagawa', 'M', '1989-10-03', '人事部', '070-1177-8510', '231-8822', '埼玉県川口市芝新町5-20-20 コーポ泉 102', 'hayato.sunagawa@hinode-sangyo.co.jp'),
    ('102209', '堀越 早紀', 'ほりこし さき', 'Saki Horikoshi', 'F', '1984-04-08', '品質保証課', '080-7508-3574', '159-7885', '神奈川県藤沢市辻堂元町4-24-19 コーポ泉 106', 'saki.horikoshi@hinode-sangyo.co.jp'),
    ('234596', '与那覇 直樹', 'よなは なおき', 'Naoki Yonaha', 'M', '1998-07-19', '物流センター', '070-2967-3266', '480-0050', '東京都府中市住吉町1-10-10', 'naoki.yonaha@hinode-sangyo.co.jp'),
    ('198479', '宮良 悠斗', 'みやら ゆうと', 'Yuto Miyara', 'M', '1996-06-12', '品質保証課', '070-7096-6853', '243-9150', '東京都八王子市めじろ台1-27-10 コーポ桜 105', 'yuto.miyara@hinode-sangyo.co.jp'),
    ('159440', '蔵前 沙織', 'くらまえ さおり', 'Saori Kuramae', 'F', '1971-12-19', '品質保証課', '070-5062-9452', '246-3016', '東京都府中市住吉町5-5-1', 'saori.kuramae@hinode-sangyo.co.jp'),
    ('212085', '梶原 のぞみ', 'かじわら のぞみ', 'Nozomi Kajiwara', 'F', '1980-03-25', '生産管理課', '090-6512-2271', '101-9773', '大阪府堺市北区中百舌鳥町5-2-1 グランレジデンス桜 409', 'nozomi.kajiwara@hinode-sangyo.co.jp'),
    ('234454', '五十嵐 剛', 'いがらし つよし', 'Tsuyoshi Igarashi', 'M', '1977-01-18', '営業1課', '080-4995-6528', '495-4883', '神奈川県藤沢市辻堂元町5-1-9', 'tsuyoshi.igarashi@hinode-sangyo.co.jp'),
    ('157368', '廿楽 修', 'つづら おさむ', 'Osamu Tsuzura', 'M', '1996-08-05', '営業1課', '080-9994-9463', '281-7250', '東京都江東区南砂4-8-1', 'osamu.tsuzura@hinode-sangyo.co.jp'),
    ('169049', '小鳥遊 秀樹', 'たかなし ひでき', 'Hideki Takanashi', 'M', '1982-06-24', '品質保証課', '070-1103-3330', '446-4000', '埼玉県川口市芝新町3-2-14', 'hideki.takanashi@hinode-sangyo.co.jp'),
    ('167221', '百目鬼 直樹', 'どうめき なおき', 'Naoki Domeki', 'M', '1996-08-09', '総務部', '090-6743-8076', '371-2506', '愛知県名古屋市千種区覚王山通1-3-13', 'naoki.domeki@hinode-sangyo.co.jp'),
    ('173102', '甲斐 早紀', 'かい さき', 'Saki Kai', 'F', '1976-06-11', '名古屋支店', '070-5768-5870', '557-0578', '埼玉県川口市芝新町2-30-8 メゾン若葉 108', 'saki.kai@hinode-sangyo.co.jp'),
    ('225800', '宍戸 直樹', 'ししど なおき', 'Naoki Shishido', 'M', '1968-03-20', '経理部', '070-6439-5802', '348-6626', '大阪府吹田市江坂町3-20-17 コーポ白鷺 408', 'naoki.shishido@hinode-sangyo.co.jp'),
    ('137422', '桧山 美咲', 'ひやま みさき', 'Misaki Hiyama', 'F', '1991-01-03', '広報室', '090-7479-1167', '385-7074', '東京都練馬区石神井町3-5-8 ハイツ白鷺 307', 'misaki.hiyama@hinode-sangyo.co.jp'),
    ('229417', '鈴木 結衣', 'すずき ゆい', 'Yui Suzuki', 'F', '1981-07-23', '営業2課', '070-7135-1940', '590-2546', '千葉県市川市行徳駅前3-5-6', 'yui.suzuki@hinode-sangyo.co.jp'),
    ('124002', '祖父江 香織', 'そぶえ かおり', 'Kaori Sobue', 'F', '1996-03-12', '品質保証課', '070-5899-3676', '400-5427', '東京都江東区南砂5-10-11 ハイツ若葉 304', 'kaori.sobue@hinode-sangyo.co.jp'),
    ('204177', '蓮見 早紀', 'はすみ さき', 'Saki Hasumi', 'F', '1970-09-28', '購買部', '070-4617-6430', '248-3052', '愛知県豊田市元町5-24-5', 'saki.hasumi@hinode-sangyo.co.jp'),
    ('134118', '村上 真由美', 'むらかみ まゆみ', 'Mayumi Murakami', 'F', '1989-05-27', '営業2課', '080-3866-9668', '260-6320', '神奈川県藤沢市辻堂元町4-13-19 グランレジデンス桜 502', 'mayumi.murakami@hinode-sangyo.co.jp'),
    ('154130', '城之内 舞', 'じょうのうち まい', 'Mai Jonouchi', 'F', '1973-10-11', '物流センター', '090-7433-7289', '284-4270', '千葉県松戸市常盤平1-12-19', 'mai.jonouchi@hinode-sangyo.co.jp'),
    ('148599', '大豆生田 剛', 'おおまめうだ つよし', 'Tsuyoshi Omameuda', 'M', '1976-02-07', '広報室', '090-2738-4130', '411-5157', '神奈川県藤沢市辻堂元町2-2-11', 'tsuyoshi.omameuda@hinode-sangyo.co.jp'),
    ('132830', '伊藤 蓮', 'いとう れん', 'Ren Ito', 'M', '1999-05-16', '物流センター', '080-4454-3915', '449-8638', '千葉県市川市行徳駅前5-27-11 コーポ若葉 409', 'ren.ito@hinode-sangyo.co.jp'),
    ('133387', '松本 達也', 'まつもと たつや', 'Tatsuya Matsumoto', 'M', '1972-06-10', '営業2課', '090-3858-6098', '456-4737', '神奈川県川崎市中原区新丸子東2-24-12', 'tatsuya.matsumoto@hinode-sangyo.co.jp'),
    ('167414', '鬼頭 康介', 'きとう こうすけ', 'Kosuke Kito', 'M', '1973-11-15', '生産管理課', '080-5823-6892', '372-6952', '大阪府吹田市江坂町5-26-1', 'kosuke.kito@hinode-sangyo.co.jp'),
    ('124540', '丹羽 拓也', 'にわ たくや', 'Takuya Niwa', 'M', '1994-03-03', '総務部', '070-1811-2204', '242-4104', '神奈川県横浜市港北区日吉本町5-23-16 コーポ泉 404', 'takuya.niwa@hinode-sangyo.co.jp'),
    ('178800', '舘野 沙織', 'たての さおり', 'Saori Tateno', 'F', '1989-02-19', '購買部', '080-9749-4729', '255-6765', '東京都江東区南砂4-14-5', 'saori.tateno@hinode-sangyo.co.jp'),
    ('166570', '猪狩 蓮', 'いがり れん', 'Ren Igari', 'M', '1977-09-12', '営業2課', '070-8085-3486', '424-9377', '東京都練馬区石神井町5-17-3 コーポ緑町 408', 'ren.igari@hinode-sangyo.co.jp'),
    ('219348', '有働 直樹', 'うどう なおき', 'Naoki Udo', 'M', '1983-06-14', '設計課', '080-3440-1249', '420-2683', '愛知県豊田市元町1-27-7', 'naoki.udo@hinode-sangyo.co.jp'),
    ('202049', '斎藤 達也', 'さいとう たつや', 'Tatsuya Saito', 'M', '1971-06-21', '情報システム部', '090-6909-4884', '289-3156', '千葉県松戸市常盤平5-16-2 グランレジデンス緑町 208', 'tatsuya.saito@hinode-sangyo.co.jp'),
    ('225865', '綿貫 結衣', 'わたぬき ゆい', 'Yui Watanuki', 'F', '1996-12-20', '購買部', '070-4687-3386', '566-3890', '千葉県松戸市常盤平1-15-16', 'yui.watanuki@hinode-sangyo.co.jp'),
    ('196526', '坂口 秀樹', 'さかぐち ひでき', 'Hideki Sakaguchi', 'M', '1981-03-26', '営業1課', '070-1232-2961', '308-0881', '愛知県豊田市元町5-16-7 メゾン泉 106', 'hideki.sakaguchi@hinode-sangyo.co.jp'),
    ('124299', '日向 直樹', 'ひなた なおき', 'Naoki Hinata', 'M', '1976-04-09', '購買部', '090-6304-4770', '384-8536', '埼玉県さいたま市浦和区岸町5-22-13', 'naoki.hinata@hinode-sangyo.co.jp'),
    ('166529', '三枝 和也', 'さえぐさ かずや', 'Kazuya Saegusa', 'M', '1973-10-28', '大阪工場 製造課', '090-4565-9180', '434-4148', '兵庫県西宮市甲子園口4-27-7', 'kazuya.saegusa@hinode-sangyo.co.jp'),
    ('198310', '中村 蓮', 'なかむら れん', 'Ren Nakamura', 'M', '1977-08-21', '広報室', '070-3508-3505', '394-9702', '神奈川県川崎市中原区新丸子東3-6-7 ハイツ泉 101', 'ren.nakamura@hinode-sangyo.co.jp'),
    ('125380', '佐藤 亮', 'さとう りょう', 'Ryo Sato', 'M', '1983-07-14', '海外事業部', '070-3253-4509', '504-1459', '愛知県豊田市元町3-26-13', 'ryo.sato@hinode-sangyo.co.jp'),
    ('191217', '門馬 麻衣', 'もんま まい', 'Mai Monma', 'F', '1969-03-04', '名古屋支店', '080-3208-6621', '525-3352', '埼玉県さいたま市浦和区岸町5-13-10 メゾン緑町 405', 'mai.monma@hinode-sangyo.co.jp'),
    ('139913', '早乙女 瞳', 'さおとめ ひとみ', 'Hitomi Saotome', 'F', '1974-02-04', '大阪工場 製造課', '070-6744-7706', '345-7681', '愛知県豊田市元町3-9-13', 'hitomi.saotome@hinode-sangyo.co.jp'),
    ('232703', '神保 香織', 'じんぼ かおり', 'Kaori Jinbo', 'F', '1989-10-15', '海外事業部', '080-6543-3626', '394-9520', '東京都世田谷区経堂4-4-1 コーポ白鷺 609', 'kaori.jinbo@hinode-sangyo.co.jp'),
    ('163822', '越智 舞', 'おち まい', 'Mai Ochi', 'F', '1984-08-13', '海外事業部', '070-2108-5529', '501-6973', '埼玉県川口市芝新町3-26-8', 'mai.ochi@hinode-sangyo.co.jp'),
    ('196799', '長谷川 秀樹', 'はせがわ ひでき', 'Hideki Hasegawa', 'M', '2000-02-08', '人事部', '070-7386-9915', '101-7928', '神奈川県相模原市南区相模大野4-14-3 グランレジデンス緑町 506', 'hideki.hasegawa@hinode-sangyo.co.jp'),
]

_FW = str.maketrans("0123456789-.:/()ABCDEFGHIJKLMNOPQRSTUVWXYZ ",
                    "０１２３４５６７８９－．：／（）ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ　")


def zen(s: str) -> str:
    """ASCII digits and separators → full width, as some people type them."""
    return s.translate(_FW)


def P(i: int) -> dict:
    r = ROSTER[i]
    return {"no": r[0], "name": r[1], "kana": r[2], "romaji": r[3], "sex": r[4], "dob": r[5],
            "dept": r[6], "mobile": r[7], "zip": r[8], "addr": r[9], "mail": r[10],
            "sei": r[1].split()[0], "sei_kana": r[2].split()[0]}


def wareki(iso: str, style: str = "kanji") -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    if (y, m, d) >= (1989, 1, 8):
        era, short, n = "平成", "H", y - 1988
    else:
        era, short, n = "昭和", "S", y - 1925
    if style == "kanji":
        return f"{era}{n}年{m}月{d}日"
    if style == "short":
        return f"{short}{n}.{m}.{d}"
    if style == "zen":
        return zen(f"{short}{n}.{m}.{d}")
    if style == "kanji_zen":
        return f"{era}{zen(str(n))}年{zen(str(m))}月{zen(str(d))}日"
    raise ValueError(style)


def slash(iso: str) -> str:
    return iso.replace("-", "/")


def _w(s: str) -> int:
    return sum(1 if ord(c) < 0x2E80 or 0xFF61 <= ord(c) <= 0xFF9F else 2 for c in str(s))


def pad(s: str, width: int) -> str:
    s = str(s)
    return s + " " * max(width - _w(s), 1)


def columns(header: list, rows: list, rule: str = "-") -> str:
    """A list pasted as space-padded columns under a header and a rule."""
    widths = [max(_w(str(r[i])) for r in [header] + rows) + 2 for i in range(len(header))]
    line = "".join(pad(h, w) for h, w in zip(header, widths)).rstrip()
    out = [line, rule * (sum(widths) - 2 if rule == "-" else (sum(widths) - 2) // 2)]
    for r in rows:
        out.append("".join(pad(c, w) for c, w in zip(r, widths)).rstrip())
    return "\n".join(out)


# -- signatures of the senders (their own contacts are never labelled) --------------------

SIG_MORIKAWA = """
――――――――――――――――――――――
日の出産業株式会社 人事部 健康管理室
保健師　森川 早苗（もりかわ さなえ）
〒105-0013 東京都港区浜松町2-4-1 日の出ビル8F
TEL 03-5402-7781（直通）／FAX 03-5402-7790
morikawa.sanae@hinode-sangyo.co.jp
――――――――――――――――――――――"""

SIG_KASAI = """
--
日の出産業株式会社
人事部 健康管理室 主任　葛西 航
TEL: 03-5402-7782  内線 2215
Mail: kasai.wataru@hinode-sangyo.co.jp"""

SIG_MAKABE = """
*************************************
日の出産業株式会社 人事部 労務課
課長　真壁 奈緒
〒105-0013 東京都港区浜松町2-4-1
TEL 03-5402-7760 / FAX 03-5402-7769
*************************************"""

SIG_ONODERA = """
────────────────
日の出産業(株) 人事部 労務課
小野寺 拓真 / Takuma Onodera
直通 03-5402-7763
────────────────"""

SIG_FUJIGAYA = """
=====================================
日の出産業株式会社 総務部 安全衛生グループ
藤ヶ谷 晴美
TEL 03-5402-7701　FAX 03-5402-7709
=====================================
"""

SIG_USAMI = """
日の出産業株式会社 産業医（嘱託）
宇佐美 俊介
健康管理室 TEL 03-5402-7781"""

SIG_SHIOMI = """
-------------------------------------------
日の出産業株式会社　人事部 健康管理室
看護師　汐見 沙耶
TEL：03-5402-7783
-------------------------------------------"""

SIG_IJUIN = """
日の出産業株式会社 大阪工場 総務課
衛生管理者 伊集院 剛
〒590-0985 大阪府堺市堺区戎島町5-11
TEL 072-238-4410"""

SIG_ARIMA_EN = """
Best regards,

Kenji Arima
Global HR, Hinode Sangyo Co., Ltd.
2-4-1 Hamamatsucho, Minato-ku, Tokyo 105-0013, Japan
Tel: +81-3-5402-7750"""

SIG_HIMI = """
日の出産業株式会社
人事部長　氷見 健一"""

DISCLAIMER_JA = """
本メールおよび添付ファイルには機密情報が含まれている場合があります。
誤って受信された場合は、お手数ですが送信者までご連絡のうえ、本メールを削除してください。"""

DISCLAIMER_EN = """
This e-mail and any attachments may contain confidential information. If you are not
the intended recipient, please notify the sender immediately and delete this e-mail."""

MESSAGES = []

# ---------------------------------------------------------------------------------------
# 001 stress-check roster to the vendor (CSV, CP932)
_rows = [["社員番号", "氏名", "ふりがな", "生年月日", "性別", "所属", "メールアドレス"]]
for i in range(0, 14):
    p = P(i)
    _rows.append([p["no"], p["name"], p["kana"], slash(p["dob"]), "男" if p["sex"] == "M" else "女",
                  p["dept"], p["mail"]])
MESSAGES.append({
    "id": "mentalhealth-001",
    "charset": "iso-2022-jp",
    "sender": "葛西 航 <kasai.wataru@hinode-sangyo.co.jp>",
    "to": ["古賀 信也 様 <koga.shinya@wellnessgate.co.jp>"],
    "subject": "【日の出産業】2026年度ストレスチェック 追加対象者データの送付",
    "body": """株式会社ウェルネスゲート
古賀様

いつもお世話になっております。日の出産業の葛西です。

先週ご依頼いただいた、中途入社・復職等による追加対象者のデータを
CSVにてお送りします（14名分）。
既存の対象者ファイルと同じ項目順にしてありますので、
取込みのうえ受検用ID・パスワードの発行をお願いいたします。

受検期間は既存対象者と同じく 9/28（月）〜10/16（金）で問題ありません。

何かありましたらご連絡ください。
よろしくお願いいたします。
""" + SIG_KASAI,
    "attachments": [{"kind": "csv", "name": "SC2026_追加対象者_0914.csv", "encoding": "cp932",
                     "rows": _rows}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "14 employees' names, birth dates and e-mail addresses in a CSV to the external stress-check vendor (reason 1).",
})

# 002 high-stress employees who asked for EAP counselling, pasted as padded columns
_rows = []
_judg = ["高ストレス（A）", "高ストレス（B）", "高ストレス（A）", "高ストレス（B）", "高ストレス（A）", "高ストレス（B）"]
_slot = ["平日夜", "土曜午前", "平日昼", "平日夜", "いつでも", "平日夕方"]
for k, i in enumerate(range(14, 20)):
    p = P(i)
    _rows.append([p["no"], p["name"], p["dept"], p["mobile"], _judg[k], _slot[k]])
MESSAGES.append({
    "id": "mentalhealth-002",
    "charset": "utf-8",
    "sender": "森川 早苗 <morikawa.sanae@hinode-sangyo.co.jp>",
    "to": ["hasebe@kokoro-link.co.jp"],
    "cc": ["kasai.wataru@hinode-sangyo.co.jp"],
    "subject": "カウンセリング希望者（高ストレス判定者）のご連絡",
    "body": """株式会社こころリンク
長谷部 真理 様

いつも大変お世話になっております。
日の出産業 健康管理室の森川でございます。

ストレスチェックで高ストレスと判定された方のうち、
産業医面接ではなくEAPでのカウンセリングを希望された方が6名いらっしゃいました。
ご本人の同意は取得済みです。下記の連絡先へ直接ご連絡いただけますでしょうか。

""" + columns(["社員番号", "氏名", "所属", "携帯", "判定", "希望時間帯"], _rows) + """

※B判定の方は「心身のストレス反応」の点数が特に高い方です。
　早めにご連絡いただけると助かります。

どうぞよろしくお願いいたします。
""" + SIG_MORIKAWA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "Six named employees with mobile numbers and their high-stress result (a health check result) to the EAP provider (reasons 1 and 3).",
})

# 003 one employee's illness notified to the GLTD insurer (CP932)
_p = P(20)
MESSAGES.append({
    "id": "mentalhealth-003",
    "charset": "cp932",
    "sender": "小野寺 拓真 <onodera.takuma@hinode-sangyo.co.jp>",
    "to": ["細谷様 <hosoya@asunaro-life.co.jp>"],
    "subject": "団体長期障害所得補償保険　事故発生のご連絡（日の出産業）",
    "body": f"""あすなろ生命保険株式会社
団体保険部　細谷様

お世話になっております。日の出産業 労務課の小野寺です。
GLTDの被保険者について、支払事由に該当する可能性がある休業が発生しましたので
取り急ぎご連絡いたします。

　被保険者氏名：{_p["name"]}（{_p["kana"]}）
　生年月日　　：{_p["dob"][:4]}年{int(_p["dob"][5:7])}月{int(_p["dob"][8:])}日
　所属　　　　：{_p["dept"]}
　傷病名　　　：うつ病（主治医診断書による）
　休業開始日　：2026年6月22日
　医療機関　　：こもれびメンタルクリニック（外来通院中）

免責期間（180日）経過後の請求になる見込みです。
必要書類の一覧をお送りいただけますでしょうか。

よろしくお願いいたします。
""" + SIG_ONODERA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "One named employee's diagnosis (depression) and date of birth to the insurer: special-care data even for one person (reason 3).",
})

# 004 sickness allowance claim to the health insurance society: insurance card and pension numbers
_p = P(21)
MESSAGES.append({
    "id": "mentalhealth-004",
    "charset": "iso-2022-jp",
    "sender": "小野寺 拓真 <onodera.takuma@hinode-sangyo.co.jp>",
    "to": ["東京産業総合健康保険組合 給付課 <kyufu@tsk-kenpo.or.jp>"],
    "subject": "傷病手当金支給申請（第3回）事業主記入分の送付について",
    "body": f"""東京産業総合健康保険組合
給付課 ご担当者様

いつもお世話になっております。
日の出産業株式会社 人事部労務課の小野寺でございます。

標記の件、下記被保険者の傷病手当金支給申請書（事業主記入用）の内容をお知らせします。
原本は本日簡易書留にて発送いたしました。

■被保険者
　氏名　　　　　：{_p["name"]}
　生年月日　　　：{wareki(_p["dob"])}
　被保険者証　　：記号 2841　番号 1175
　基礎年金番号　：4302-118745
■申請期間　2026年7月1日〜2026年7月31日（31日間）
■傷病名　　適応障害（初診日 2026年4月9日）
■報酬の支払い　なし
■振込先　みどり銀行 浜松町支店 普通 4417352 コンドウ オサム

第1回・第2回と同じく、療養担当者記入欄は主治医に記入いただいております。
不備等ございましたらご連絡ください。
""" + SIG_ONODERA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "JP_BASIC_PENSION_NUMBER",
                 "JP_BANK_ACCOUNT", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "Health insurance card symbol/number and basic pension number of an employee, with diagnosis and bank account, to the health insurance society (reasons 2 and 3).",
})

# 005 ordinary scheduling with the EAP sales rep, disclaimer at the end
MESSAGES.append({
    "id": "mentalhealth-005",
    "charset": "iso-2022-jp",
    "sender": "葛西 航 <kasai.wataru@hinode-sangyo.co.jp>",
    "to": ["鳴海 亮 <narumi@kokoro-link.co.jp>"],
    "subject": "Re: ラインケア研修（管理職向け）お打合せ日程",
    "body": """鳴海様

お世話になっております。日の出産業の葛西です。
日程候補のご提示ありがとうございます。

10月7日（水）15:00〜16:00 でお願いできますでしょうか。
場所は弊社8階の第3会議室をご用意します。受付で「健康管理室 葛西」とお申し付けください。

当日は、昨年度のアンケート結果と、今年度の研修時間（90分→120分）の
拡大案についてご相談させてください。

よろしくお願いいたします。
""" + SIG_KASAI + "\n" + DISCLAIMER_JA + """

> 葛西様
> いつもお世話になっております。こころリンクの鳴海です。
> 研修のお打合せですが、10/7(水)15時〜、10/9(金)10時〜のいずれかはいかがでしょうか。
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Meeting arrangement with the EAP provider's sales rep; only signatures and the standard disclaimer.",
})

# 006 group analysis (aggregate only) to the EAP, with an XLSX
_grp = [["部署", "受検者数", "受検率", "高ストレス者率", "総合健康リスク"],
        ["営業本部", 84, "96.6%", "14.3%", 112],
        ["管理本部（経理・総務・人事）", 52, "100%", "9.6%", 98],
        ["情報システム部", 23, "95.8%", "17.4%", 121],
        ["開発・設計", 61, "93.8%", "11.5%", 104],
        ["物流センター", 47, "88.7%", "12.8%", 109],
        ["大阪工場", 118, "91.5%", "8.5%", 95],
        ["その他（10名未満の部署を合算）", 19, "100%", "—", "—"]]
MESSAGES.append({
    "id": "mentalhealth-006",
    "charset": "utf-8",
    "sender": "森川 早苗 <morikawa.sanae@hinode-sangyo.co.jp>",
    "to": ["長谷部 真理 <hasebe@kokoro-link.co.jp>"],
    "subject": "集団分析結果（2026年度）の共有",
    "body": """長谷部様

お世話になっております。日の出産業の森川です。

来月の職場環境改善ワークショップの準備用に、今年度の集団分析結果を添付でお送りします。
個人情報保護の観点から、受検者10名未満の部署は「その他」に合算しており、
個人の結果は一切含めておりません。

特に情報システム部と営業本部の数値が昨年より悪化していますので、
ワークショップではこの2部署を中心にご相談できればと思います。

""" + columns(_grp[0], _grp[1:]) + """

よろしくお願いいたします。
森川
""",
    "attachments": [{"kind": "xlsx", "name": "集団分析_2026_部署別.xlsx",
                     "sheets": {"部署別": [["2026年度 ストレスチェック 集団分析（部署別）"], []] + _grp,
                                "経年比較": [["部署", "2024", "2025", "2026"],
                                           ["営業本部", 101, 106, 112], ["情報システム部", 108, 115, 121],
                                           ["大阪工場", 99, 97, 95]]}}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Aggregate stress-check statistics by department, no individual results; 個人情報 only mentioned in passing.",
})

# 007 PPAP: encrypted ZIP of counselling records to the EAP
MESSAGES.append({
    "id": "mentalhealth-007",
    "charset": "cp932",
    "sender": "汐見 沙耶 <shiomi.saya@hinode-sangyo.co.jp>",
    "to": ["長谷部様 <hasebe@kokoro-link.co.jp>"],
    "subject": "面談記録の送付",
    "body": """こころリンク 長谷部様

お世話になっております。日の出産業 健康管理室の汐見です。
先日ご依頼のあった、産業医面談時の記録（2件）をお送りします。
ファイルにはパスワードを設定しております。パスワードは別メールにてお知らせします。

ご確認のほどよろしくお願いいたします。
""" + SIG_SHIOMI,
    "attachments": [{"kind": "zip", "name": "面談記録_0612.zip", "password": "Hs#2026kokoro",
                     "files": [{"kind": "docx", "name": "面談記録_1.docx",
                                "paragraphs": ["産業医面談記録", "氏名：相楽 陽菜", "主訴：不眠、出社困難",
                                               "所見：抑うつ状態。主治医受診を勧奨。"]},
                               {"kind": "docx", "name": "面談記録_2.docx",
                                "paragraphs": ["産業医面談記録", "氏名：野々村 剛", "主訴：動悸、職場での過緊張",
                                               "所見：不安障害の疑い。就業制限なし、1か月後再面談。"]}]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "Password-protected ZIP to an external recipient: the content cannot be inspected (reason 7).",
})

# 008 the password mail that follows
MESSAGES.append({
    "id": "mentalhealth-008",
    "charset": "cp932",
    "sender": "汐見 沙耶 <shiomi.saya@hinode-sangyo.co.jp>",
    "to": ["長谷部様 <hasebe@kokoro-link.co.jp>"],
    "subject": "パスワードのお知らせ（面談記録の送付）",
    "body": """長谷部様

先ほどお送りした「面談記録_0612.zip」のパスワードをお知らせします。

　Hs#2026kokoro

よろしくお願いいたします。
日の出産業 健康管理室 汐見
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Only a password for an earlier file; no personal data, no attachment.",
})

# 009 look-alike of the partner law firm's domain (.co.jp added), content harmless
MESSAGES.append({
    "id": "mentalhealth-009",
    "charset": "iso-2022-jp",
    "sender": "真壁 奈緒 <makabe.nao@hinode-sangyo.co.jp>",
    "to": ["白川 達郎 先生 <t.shirakawa@shirakawa-law.co.jp>"],
    "subject": "休職規程の見直しに関するご相談（日程）",
    "body": """白川法律事務所
白川 達郎 先生

いつも大変お世話になっております。
日の出産業 人事部労務課の真壁でございます。

就業規則のうち休職・復職に関する規定（第38条〜第42条）について、
休職期間の通算規定と「試し出勤」の位置づけを見直したく、
一度ご相談の時間をいただけますでしょうか。

候補日：10月13日（火）14時〜／10月15日（木）10時〜／10月16日（金）16時〜

現行規程と改定のたたき台は、日程が決まり次第お送りいたします。
何卒よろしくお願い申し上げます。
""" + SIG_MAKABE,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "shirakawa-law.co.jp is a look-alike of the partner law firm shirakawa-law.jp (co. added) (reason 5).",
})

# 010 three clinics openly in To
_body10 = """各医療機関 ご担当者様

平素より弊社従業員の診療にご尽力いただき、誠にありがとうございます。
日の出産業株式会社 健康管理室でございます。

このたび、主治医の先生方と弊社産業医との連携をより円滑にするため、
下記のとおり情報交換会を開催いたします。ご多用中恐縮ですが、ご参加をご検討ください。

　日時：2026年11月12日（木）19:00〜20:30
　会場：日の出ビル 8F 大会議室（オンライン併用）
　内容：職場復帰支援の流れ／「試し出勤」制度のご説明／意見交換

ご出欠を10月30日までにご返信いただけますと幸いです。
""" + SIG_MORIKAWA
MESSAGES.append({
    "id": "mentalhealth-010",
    "charset": "iso-2022-jp",
    "sender": "森川 早苗 <morikawa.sanae@hinode-sangyo.co.jp>",
    "to": ["こもれびメンタルクリニック <renkei@komorebi-mc.jp>",
           "港南台こころのクリニック <uketsuke@konandai-kokoro.jp>",
           "市立みなと総合病院 地域連携室 <chiiki-renkei@minato-hp.or.jp>"],
    "cc": ["usami.shunsuke@hinode-sangyo.co.jp"],
    "subject": "【ご案内】主治医・産業医 情報交換会（11/12）",
    "body": _body10,
    "html": "<html><body>" + "".join(f"<p>{ln}</p>" if ln else "<br>" for ln in _body10.split("\n")) + "</body></html>",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "Three external medical institutions in To can see each other's addresses: should have been Bcc (reason 4).",
})

# 011 DOCX stamped 社外秘 to the 社労士 office
MESSAGES.append({
    "id": "mentalhealth-011",
    "charset": "utf-8",
    "sender": "真壁 奈緒 <makabe.nao@hinode-sangyo.co.jp>",
    "to": ["中條先生 <chujo@mizuhodai-sr.jp>"],
    "subject": "休職・復職規程 改定案のご確認依頼",
    "body": """社会保険労務士法人みずほ台
中條先生

お世話になっております。日の出産業の真壁です。
先日ご相談した休職・復職規程の改定案がまとまりましたので、Wordファイルでお送りします。
主な変更点は以下の3点です。

1. 休職期間の通算（復職後6か月以内の同一・類似傷病による再休職）
2. 試し出勤（リハビリ出勤）期間中の賃金・労災の扱いの明記
3. 復職判定における産業医意見の位置づけ

11月の取締役会に上程予定ですので、10月末までにコメントをいただけますと助かります。
""" + SIG_MAKABE,
    "attachments": [{"kind": "docx", "name": "休職復職規程_改定案_v3.docx", "page_header": "社外秘",
                     "page_footer": "日の出産業株式会社 人事部　社外秘・複製禁止",
                     "title": "休職・復職規程 改定案",
                     "paragraphs": ["休職・復職規程（改定案）", "第1条（目的）本規程は、従業員の私傷病による休職および復職に関し必要な事項を定める。",
                                    "第5条（休職期間の通算）復職後6か月以内に同一又は類似の傷病により欠勤した場合は、前後の休職期間を通算する。",
                                    "第8条（試し出勤）会社は、復職可否の判断のため、休職期間中に試し出勤を命じることができる。"],
                     "tables": [[["条項", "現行", "改定案"], ["第5条", "規定なし", "6か月以内の再休職は通算"],
                                 ["第8条", "規定なし", "試し出勤を新設"]]]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "Attached draft regulation carries a 社外秘 stamp in its header and footer, sent outside (reason 6).",
})

# 012 internal only: high-stress list to the company doctor
_rows = []
for i, s in zip(range(42, 50), [112, 108, 97, 120, 105, 99, 131, 101]):
    p = P(i)
    _rows.append([p["name"], p["dept"], str(s), "希望あり" if s % 2 else "未回答"])
MESSAGES.append({
    "id": "mentalhealth-012",
    "charset": "iso-2022-jp",
    "sender": "森川 早苗 <morikawa.sanae@hinode-sangyo.co.jp>",
    "to": ["宇佐美先生 <usami.shunsuke@hinode-sangyo.co.jp>"],
    "cc": ["shiomi.saya@hinode-sangyo.co.jp"],
    "subject": "高ストレス者（第2回受検分）面接指導対象のご確認",
    "body": """宇佐美先生

お疲れさまです。森川です。
追加受検分で高ストレスと判定された8名です。
面接指導の要否についてご確認をお願いします。

""" + columns(["氏名", "所属", "ストレス反応得点", "面接希望"], _rows) + """

蔵前さん以外は初めての高ストレス判定です。
木曜の面接枠に入れられる方から順次ご連絡します。

森川
""",
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "Stress-check results of eight named employees, but all recipients are internal (hinode-sangyo.co.jp).",
})

# 013 line-care training roster (XLSX with a title row) to the training vendor
_rows = [["2026年度 ラインケア研修 受講者名簿（第1回 10/21）"], ["作成：人事部 健康管理室"], [],
         ["No", "氏名", "ふりがな", "所属", "役職", "メールアドレス", "携帯電話"]]
_pos = ["課長", "課長", "係長", "部長", "課長代理", "課長", "係長", "課長", "所長", "課長",
        "係長", "課長", "課長代理", "課長", "係長", "部長", "課長", "課長"]
for k, i in enumerate(range(22, 40)):
    p = P(i)
    _rows.append([k + 1, p["name"], p["kana"], p["dept"], _pos[k], p["mail"], p["mobile"]])
MESSAGES.append({
    "id": "mentalhealth-013",
    "charset": "iso-2022-jp",
    "sender": "藤ヶ谷 晴美 <fujigaya.harumi@hinode-sangyo.co.jp>",
    "to": ["井手様 <ide@mindcraft-kenshu.co.jp>"],
    "subject": "ラインケア研修 受講者名簿の送付（10/21実施分）",
    "body": """株式会社マインドクラフト研修
井手様

いつもお世話になっております。日の出産業 総務部の藤ヶ谷です。

10/21（水）のラインケア研修の受講者名簿をお送りします。
事前課題の配信と、当日欠席時の連絡用に携帯番号も記載しています。
名札の作成もあわせてお願いできますでしょうか。

よろしくお願いいたします。
""" + SIG_FUJIGAYA,
    "attachments": [{"kind": "xlsx", "name": "ラインケア研修_受講者名簿_1021.xlsx",
                     "sheets": {"受講者": _rows, "会場": [["会場", "日の出ビル 8F 大会議室"], ["時間", "13:30〜16:30"]]}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "Eighteen managers with e-mail and mobile numbers in an XLSX to the external training vendor (reason 1).",
})

# 014 information request to the treating clinic (DOCX) about one employee
_p = P(40)
MESSAGES.append({
    "id": "mentalhealth-014",
    "charset": "cp932",
    "sender": "宇佐美 俊介 <usami.shunsuke@hinode-sangyo.co.jp>",
    "to": ["こもれびメンタルクリニック 医療連携室 <renkei@komorebi-mc.jp>"],
    "subject": "診療情報提供のお願い（職場復帰に関して）",
    "body": """こもれびメンタルクリニック
篠塚 先生 御侍史

日の出産業株式会社で産業医を務めております宇佐美と申します。
貴院通院中の弊社従業員について、職場復帰の可否を判断するにあたり、
診療情報のご提供をお願いしたく、依頼書を添付いたします。
ご本人の同意書の写しも同封のうえ郵送いたします。

ご多忙のところ恐縮ですが、何卒よろしくお願い申し上げます。
""" + SIG_USAMI,
    "attachments": [{"kind": "docx", "name": "診療情報提供依頼書.docx",
                     "paragraphs": ["診療情報提供依頼書", "こもれびメンタルクリニック 篠塚 先生 御侍史",
                                    f"患者氏名：{_p['name']}（{_p['kana']}）　生年月日：{wareki(_p['dob'])}",
                                    "当社での状況：2026年5月より抑うつ気分・早朝覚醒が続き、6月8日より休職中。",
                                    "貴院にて大うつ病性障害の診断で加療中と伺っております。",
                                    "ご教示いただきたい事項：",
                                    "1. 現在の病状と服薬内容（眠気など業務に影響する副作用の有無）",
                                    "2. 復職可能と判断される時期の見通し",
                                    "3. 就業上の配慮事項（残業制限、出張の可否など）",
                                    "日の出産業株式会社 産業医 宇佐美 俊介"]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "Attached request names one employee with birth date, symptoms and diagnosis: medical information about an identifiable person (reason 3).",
})

# 015 reply to the clinic; their patient details are only in the quoted part
MESSAGES.append({
    "id": "mentalhealth-015",
    "charset": "iso-2022-jp",
    "sender": "宇佐美 俊介 <usami.shunsuke@hinode-sangyo.co.jp>",
    "to": ["こもれびメンタルクリニック 医療連携室 <renkei@komorebi-mc.jp>"],
    "subject": "Re: 診療情報提供書の送付について",
    "body": """篠塚 先生

ご多忙のところ早々にご回答をいただき、ありがとうございました。
内容を拝見し、来週ご本人と面談のうえ、11月からの段階的な復職を
会社側にも提案したいと考えております。
面談後にあらためて結果をご報告いたします。

宇佐美

-----Original Message-----
From: こもれびメンタルクリニック 医療連携室 <renkei@komorebi-mc.jp>
Sent: Tuesday, October 6, 2026 5:12 PM
To: usami.shunsuke@hinode-sangyo.co.jp
Subject: 診療情報提供書の送付について

日の出産業株式会社 宇佐美先生

ご依頼のありました穂積 剛様（昭和62年9月3日生）の件、回答いたします。
診断：大うつ病性障害（中等症）。エスシタロプラム 10mg 継続中。
抑うつ症状は改善傾向にあり、11月からの短時間勤務であれば可能と考えます。
当面は残業・出張は控えることが望ましいと存じます。

こもれびメンタルクリニック 院長 篠塚
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "The patient's diagnosis appears only in the quoted mail from the clinic itself; the new text carries no personal data.",
})

# 016 legacy XLS of employees on leave, with diagnoses, to the 社労士 office
_sheet = [["休職者一覧（2026年9月末時点）"], [],
          ["社員番号", "氏名", "生年月日", "所属", "休職開始日", "満了予定日", "傷病名", "備考"]]
_dx = [("2025-11-04", "2027-05-03", "うつ病", "延長1回"), ("2026-01-19", "2027-07-18", "適応障害", ""),
       ("2026-03-02", "2027-09-01", "自律神経失調症", "試し出勤検討中"), ("2026-04-13", "2027-10-12", "双極性障害", ""),
       ("2026-05-25", "2027-11-24", "パニック障害", "通院中"), ("2026-06-08", "2027-12-07", "うつ病", "再休職（通算）"),
       ("2026-07-21", "2028-01-20", "適応障害", ""), ("2026-08-31", "2028-02-29", "睡眠障害", "")]
for (start, end, dx, memo), i in zip(_dx, [50, 51, 52, 53, 54, 55, 56, 57]):
    p = P(i)
    _sheet.append([p["no"], p["name"], slash(p["dob"]), p["dept"], slash(start), slash(end), dx, memo])
MESSAGES.append({
    "id": "mentalhealth-016",
    "charset": "iso-2022-jp",
    "sender": "小野寺 拓真 <onodera.takuma@hinode-sangyo.co.jp>",
    "to": ["中條 様 <chujo@mizuhodai-sr.jp>"],
    "cc": ["makabe.nao@hinode-sangyo.co.jp"],
    "subject": "休職者の満了管理について（一覧添付）",
    "body": """中條先生

いつもお世話になっております。日の出産業 労務課の小野寺です。

先日の打合せでご指摘いただいた、休職期間満了の管理について、
現在の休職者一覧を添付いたします（古いExcel形式で失礼します）。
通算規定の適用可否について、特に「再休職（通算）」の方の扱いをご確認いただけますでしょうか。

よろしくお願いいたします。
""" + SIG_ONODERA,
    "attachments": [{"kind": "xls", "name": "休職者一覧_202609.xls", "sheets": {"休職者": _sheet}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "Eight employees on sick leave with birth dates and diagnoses in an XLS to the outside 社労士 office (reasons 1 and 3).",
})

# 017 a list of clinics (businesses, not people) to the EAP call centre
MESSAGES.append({
    "id": "mentalhealth-017",
    "charset": "cp932",
    "sender": "汐見 沙耶 <shiomi.saya@hinode-sangyo.co.jp>",
    "to": ["こころリンク 相談センター <center@kokoro-link.co.jp>"],
    "subject": "紹介先医療機関リストの更新について",
    "body": """こころリンク 相談センター ご担当者様

お世話になっております。日の出産業 健康管理室の汐見です。
相談者を医療機関へご紹介いただく際の「紹介先リスト」について、
弊社拠点の近隣で下記のとおり更新をお願いいたします。

【東京本社周辺】
・こもれびメンタルクリニック　港区芝大門1-9-3 大門MKビル4F　TEL 03-5733-0418（予約制／土曜午前診療あり）
・浜松町駅前こころのクリニック　港区浜松町1-27-6 3F　TEL 03-6402-5521
【横浜事業所周辺】
・港南台こころのクリニック　横浜市港南区港南台3-3-1 2F　TEL 045-830-2274
・市立みなと総合病院 精神科（地域連携室経由）　TEL 045-628-6100（代表）
【大阪工場周辺】
・堺東メンタルクリニック　堺市堺区中瓦町2-3-14　TEL 072-232-8871
・なかもず心療内科　堺市北区中百舌鳥町2-104　TEL 072-256-3307

閉院した「みなとみらいストレスケアクリニック」はリストから削除してください。

よろしくお願いいたします。
""" + SIG_SHIOMI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "A list of clinics with their public addresses and phone numbers: businesses, not people.",
})

# 018 disability pension claim via the 社労士: My Number and basic pension number
_p = P(41)
MESSAGES.append({
    "id": "mentalhealth-018",
    "charset": "utf-8",
    "sender": "小野寺 拓真 <onodera.takuma@hinode-sangyo.co.jp>",
    "to": ["中條 <chujo@mizuhodai-sr.jp>"],
    "subject": "障害厚生年金の請求代行の件（経理部 鵜飼さん）",
    "body": f"""中條先生

お世話になっております。小野寺です。
ご本人から委任状をいただけましたので、障害厚生年金の請求手続きをお願いいたします。
請求書作成に必要な情報は以下のとおりです。

氏名　　　　　　：{_p["name"]}（{_p["kana"]}）
生年月日　　　　：{_p["dob"]}
個人番号　　　　：{my_number(SEED + 1)}
基礎年金番号　　：5120-307764
住所　　　　　　：〒{_p["zip"]} {_p["addr"]}
傷病名　　　　　：双極性感情障害（初診日 2023年2月14日、はなみずきクリニック）
現在の状況　　　：2025年10月から休職中、月2回通院

診断書（精神の障害用）は主治医に依頼済みで、来週受け取り予定です。
戸籍謄本等はご本人から直接お送りするとのことです。
""" + SIG_ONODERA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "JP_BASIC_PENSION_NUMBER", "JP_ADDRESS",
                 "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "An employee's My Number and basic pension number, address and psychiatric diagnosis to the 社労士 office (reasons 2 and 3).",
})

# 019 conference registration paid with the corporate card
MESSAGES.append({
    "id": "mentalhealth-019",
    "charset": "iso-2022-jp",
    "sender": "森川 早苗 <morikawa.sanae@hinode-sangyo.co.jp>",
    "to": ["日本職場メンタルヘルス学会 事務局 <jimukyoku@jwmh-gakkai.or.jp>"],
    "subject": "第18回学術集会 参加登録（クレジット決済）について",
    "body": f"""日本職場メンタルヘルス学会 事務局 御中

お世話になっております。日の出産業株式会社の森川と申します。
第18回学術集会の参加登録で、オンライン決済画面がエラーとなってしまいました。
お手数ですが、下記カードで決済いただくことは可能でしょうか。

参加者：森川 早苗（会員番号 J-20931）、汐見 沙耶（非会員）
参加区分：2日間通し × 2名
カード番号：{card_number(SEED + 2)}
有効期限：08/29
名義：HINODE SANGYO CO LTD

難しいようでしたら、請求書払いへの切替え方法をご教示ください。
""" + SIG_MORIKAWA,
    "expect": "stop",
    "entities": ["CREDIT_CARD"],
    "detectors": ["personal_data"],
    "note": "A full credit card number with expiry sent in clear to an external society (reason 2).",
})

# 020 three employees on leave, private addresses all visible in To
MESSAGES.append({
    "id": "mentalhealth-020",
    "charset": "utf-8",
    "sender": "汐見 沙耶 <shiomi.saya@hinode-sangyo.co.jp>",
    "to": ["s.igarashi.77@gmail.com", "yuka_urushibara@yahoo.co.jp", "naoki.yonaha@icloud.com"],
    "subject": "【ご案内】復職準備オンライン講座（11月）",
    "body": """休職中の皆さま

こんにちは。健康管理室の汐見です。
体調はいかがでしょうか。

復職に向けた準備として、生活リズムの整え方や通勤練習のコツなどを学べる
オンライン講座（リワーク施設「ともしび」の講師による・全3回）を企画しました。
参加は任意で、カメラオフでも構いません。

　第1回 11月5日（木）10:00〜11:00
　第2回 11月12日（木）10:00〜11:00
　第3回 11月19日（木）10:00〜11:00

参加を希望される方は、このメールにご返信ください。
無理のない範囲でご検討いただければ幸いです。
""" + SIG_SHIOMI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "freemail_recipient", "multiple_external_domains"],
    "note": "Three private persons (employees on sick leave) in To see each other's addresses, which also discloses their leave to each other: should have been Bcc (reason 4).",
})

# 021 look-alike of the own domain (hinode-sangyou) with a high-stress follow-up list
_rows = []
for i, dt in zip([58, 59, 60, 61, 62], ["10/6 13:00", "10/6 13:30", "10/6 14:00", "10/8 10:00", "10/8 10:30"]):
    p = P(i)
    _rows.append(f"・{p['name']}（{p['dept']}）　{dt}　高ストレス／医師面接希望")
MESSAGES.append({
    "id": "mentalhealth-021",
    "charset": "iso-2022-jp",
    "sender": "葛西 航 <kasai.wataru@hinode-sangyo.co.jp>",
    "to": ["宇佐美 俊介 <usami.shunsuke@hinode-sangyou.co.jp>"],
    "subject": "面接指導の予約状況（10/6・10/8）",
    "body": """宇佐美先生

お疲れさまです。葛西です。
来週の面接指導の予約が確定しましたのでお知らせします。

""" + "\n".join(_rows) + """

面談室は8F健康管理室の奥の部屋を確保済みです。
よろしくお願いいたします。
""" + SIG_KASAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "The company doctor's address was mistyped as hinode-sangyou.co.jp, a look-alike of the own domain; the mail carries five named high-stress results (reasons 5, 1, 3).",
})

# 022 English mail to the global EAP partner with aggregate utilisation only
MESSAGES.append({
    "id": "mentalhealth-022",
    "charset": "utf-8",
    "sender": "Kenji Arima <arima.kenji@hinode-sangyo.co.jp>",
    "to": ["Rachel Tan <rachel.tan@clearpath-eap.com>"],
    "subject": "EAP contract renewal – FY2026 utilisation summary",
    "body": """Dear Rachel,

Thank you for the quarterly report. Before we discuss the renewal on 20 October,
let me share our own summary for the overseas assignees (Singapore, Bangkok, Shanghai).

  Category                  Sessions   Share
  ------------------------  --------   -----
  Work stress / workload        41      38%
  Family / relationships        23      21%
  Cross-cultural adjustment     19      18%
  Health concerns               14      13%
  Other                         11      10%
  ------------------------  --------   -----
  Total                        108     100%

Utilisation rose from 6.2% to 8.9% of eligible employees. We would like to keep the
24/7 Japanese-language line and add two on-site sessions per year in Bangkok.
Could you send a revised quotation reflecting that?
""" + SIG_ARIMA_EN + "\n" + DISCLAIMER_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Aggregate utilisation statistics only; no individual can be identified. English disclaimer.",
})

# 023 PPTX marked Confidential / Internal Only to the training vendor
MESSAGES.append({
    "id": "mentalhealth-023",
    "charset": "iso-2022-jp",
    "sender": "藤ヶ谷 晴美 <fujigaya.harumi@hinode-sangyo.co.jp>",
    "to": ["井手様 <ide@mindcraft-kenshu.co.jp>"],
    "subject": "来年度のメンタルヘルス研修計画（ご参考）",
    "body": """井手様

お世話になっております。藤ヶ谷です。
来年度のお見積りのご参考に、社内で承認された年間計画の資料をお送りします。
セルフケア研修の対象拡大（全社員→派遣社員含む）がポイントです。

ご確認のほどよろしくお願いいたします。
""" + SIG_FUJIGAYA,
    "attachments": [{"kind": "pptx", "name": "2027年度_メンタルヘルス対策計画.pptx",
                     "page_footer": "Confidential - Internal Only / 日の出産業株式会社",
                     "slides": [["2027年度 メンタルヘルス対策 年間計画", "人事部 健康管理室", "Confidential"],
                                ["重点施策", "セルフケア研修の対象拡大（派遣社員を含む）", "ラインケア研修の全管理職必修化",
                                 "高ストレス者面接の受診率 60% を目標"],
                                ["予算", "研修費 480万円（前年比 +120万円）", "EAP委託費 720万円"]]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "The attached plan is marked 'Confidential - Internal Only' on every slide and goes to an outside vendor (reason 6).",
})

# 024 corrupt scanned PDF to the insurer
MESSAGES.append({
    "id": "mentalhealth-024",
    "charset": "cp932",
    "sender": "小野寺 拓真 <onodera.takuma@hinode-sangyo.co.jp>",
    "to": ["細谷様 <hosoya@asunaro-life.co.jp>"],
    "subject": "Re: 請求書類のご提出について（受付番号 GL-26-00418）",
    "body": """細谷様

お世話になっております。日の出産業の小野寺です。
受付番号 GL-26-00418 の件、主治医の診断書をスキャンしたものを添付いたします。
原本は郵送いたします。

よろしくお願いいたします。
小野寺

> 小野寺様
> 受付番号 GL-26-00418 につき、主治医診断書の写しをご提出ください。
> あすなろ生命 団体保険部 細谷
""",
    "attachments": [{"kind": "corrupt", "name": "診断書_scan_0923.pdf"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "The attached PDF is corrupt and cannot be inspected; it is said to be a medical certificate (reason 7).",
})

# 025 one free-mail recipient: the employee herself, administrative only
MESSAGES.append({
    "id": "mentalhealth-025",
    "charset": "iso-2022-jp",
    "sender": "汐見 沙耶 <shiomi.saya@hinode-sangyo.co.jp>",
    "to": ["ayano.oikawa.1008@gmail.com"],
    "subject": "復職面談の日程について",
    "body": """及川さん

こんにちは。健康管理室の汐見です。
先日はお電話ありがとうございました。

復職前の面談ですが、10月20日（火）14時から、本社8Fの健康管理室で行います。
産業医の宇佐美先生と、上長の方が同席します（1時間程度）。

当日までに、以下をご準備ください。
　・主治医の意見書（会社様式。先日郵送したものです）
　・生活記録表（直近2週間分）

ご都合が悪い場合は、このメールにご返信いただくか、
健康管理室（03-5402-7783）までお電話ください。
""" + SIG_SHIOMI,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "One free-mail recipient, the employee herself, with an appointment and documents to bring; no diagnosis or third party's data.",
})

# 026 forward of the employee's own message describing her condition, to the EAP
_p = P(63)
MESSAGES.append({
    "id": "mentalhealth-026",
    "charset": "utf-8",
    "sender": "森川 早苗 <morikawa.sanae@hinode-sangyo.co.jp>",
    "to": ["長谷部 真理 <hasebe@kokoro-link.co.jp>"],
    "subject": "FW: ご相談（生産管理課 鬼頭）",
    "body": f"""長谷部様

お世話になっております。森川です。
社員から下記の相談が届きました。ご本人はEAPでのカウンセリングを希望されていますので、
直接ご連絡いただけますでしょうか（ご本人了承済み）。

---------- 転送メッセージ ----------
差出人: {_p["name"]} <{_p["mail"]}>
日付: 2026年9月29日 22:41
件名: ご相談
宛先: morikawa.sanae@hinode-sangyo.co.jp

健康管理室 森川さま

生産管理課の鬼頭です。夜分にすみません。
8月頃から電車に乗ると動悸と息苦しさが出るようになり、先月クリニックで
パニック障害と診断されました。薬を飲み始めましたが、まだ満員電車が怖く、
在宅勤務を増やせないか上司に言い出せずにいます。
一度、社外の方に相談できればと思っています。
連絡は携帯 {_p["mobile"]} にいただけると助かります。

鬼頭 康介
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "Forwarding an employee's own mail (new text for the EAP) naming him with his diagnosis (panic disorder) and mobile number (reason 3).",
})

# 027 plain ZIP with individual stress-check results to an outside occupational physician
_csv = [["受検ID", "氏名", "所属", "A_仕事のストレス要因", "B_心身のストレス反応", "C_周囲のサポート", "判定"]]
for k, i in enumerate(range(64, 74)):
    p = P(i)
    b = [78, 52, 81, 49, 63, 88, 45, 70, 59, 84][k]
    _csv.append([f"SC-{3100 + k}", p["name"], p["dept"], [42, 33, 45, 30, 38, 47, 29, 40, 35, 44][k], b,
                 [18, 24, 15, 26, 20, 12, 27, 19, 22, 14][k], "高ストレス" if b >= 77 else "-"])
MESSAGES.append({
    "id": "mentalhealth-027",
    "charset": "iso-2022-jp",
    "sender": "伊集院 剛 <ijuin.tsuyoshi@mail.hinode-sangyo.co.jp>",
    "to": ["鷲尾先生 <washio@washio-sangyoi.jp>"],
    "subject": "大阪工場 ストレスチェック個人結果（実施者確認用）",
    "body": """鷲尾産業医事務所
鷲尾先生

いつもお世話になっております。大阪工場の伊集院です。
大阪工場分のストレスチェック個人結果（10名分、第2グループ）をZIPでお送りします。
実施者としてご確認のうえ、面接指導が必要な方をお知らせください。
""" + SIG_IJUIN,
    "attachments": [{"kind": "zip", "name": "osaka_SC_results_G2.zip",
                     "files": [{"kind": "csv", "name": "個人結果_G2.csv", "encoding": "cp932", "rows": _csv}]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "A ZIP (not encrypted) whose CSV lists ten employees' individual stress-check scores and judgements, to an outside physician's office (reasons 1 and 3).",
})

# 028 two external organisations (EAP + health insurance society) in a three-way mail
MESSAGES.append({
    "id": "mentalhealth-028",
    "charset": "iso-2022-jp",
    "sender": "森川 早苗 <morikawa.sanae@hinode-sangyo.co.jp>",
    "to": ["三宅様 <miyake@tsk-kenpo.or.jp>", "鳴海様 <narumi@kokoro-link.co.jp>"],
    "subject": "共同開催セミナー「睡眠とこころの健康」打合せのお願い",
    "body": """東京産業総合健康保険組合　三宅様
株式会社こころリンク　鳴海様

お世話になっております。日の出産業 健康管理室の森川です。

先日お話しした、健保組合さまとEAPさまとの共同セミナーについて、
一度3者でお打合せの時間をいただけますでしょうか。
候補：10/22（木）15時／10/23（金）10時／10/27（火）16時（いずれもオンライン）

講師はこころリンクさまの臨床心理士の方にお願いし、
健保組合さまからは睡眠に関する保健事業のご紹介をいただく想定です。

ご都合をお知らせいただけますと幸いです。
""" + SIG_MORIKAWA,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "Two external organisations in To for a normal three-way meeting; no personal data.",
})

# 029 HTML-only mail with a table of interview bookings
_trs = ""
for i, dt in zip([74, 75, 76, 77, 78, 79, 0], ["10/13 10:00", "10/13 11:00", "10/13 13:00", "10/14 10:00",
                                           "10/14 11:00", "10/14 14:00", "10/15 10:00"]):
    p = P(i)
    _trs += (f"<tr><td>{p['no']}</td><td>{p['name']}</td><td>{p['dept']}</td><td>{p['mobile']}</td>"
             f"<td>{dt}</td><td>高ストレス者面接</td></tr>\n")
MESSAGES.append({
    "id": "mentalhealth-029",
    "charset": "utf-8",
    "sender": "葛西 航 <kasai.wataru@hinode-sangyo.co.jp>",
    "to": ["こころリンク 長谷部様 <hasebe@kokoro-link.co.jp>"],
    "subject": "10/13-15 面談予約一覧",
    "html": """<html><head><meta charset="utf-8"></head><body style="font-family:Meiryo,sans-serif">
<p>長谷部様</p>
<p>お世話になっております。日の出産業の葛西です。<br>
来週の訪問カウンセリング（高ストレス者面接）の予約一覧です。<br>
当日、連絡が取れない場合は携帯にお電話いただいて構わないと各人から了解を得ています。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr style="background:#dde"><th>社員番号</th><th>氏名</th><th>所属</th><th>携帯</th><th>日時</th><th>区分</th></tr>
""" + _trs + """</table>
<p>よろしくお願いいたします。</p>
<p>--<br>日の出産業株式会社 人事部 健康管理室<br>葛西 航　TEL 03-5402-7782</p>
</body></html>""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "HTML table of seven employees with mobile numbers booked for high-stress interviews, to the EAP (reasons 1 and 3).",
})

# 030 poster order with the partner printer: prices, order and tracking numbers, a PNG proof
MESSAGES.append({
    "id": "mentalhealth-030",
    "charset": "cp932",
    "sender": "藤ヶ谷 晴美 <fujigaya.harumi@hinode-sangyo.co.jp>",
    "to": ["錦印刷 営業部 大河内様 <okochi@nishiki-insatsu.co.jp>"],
    "subject": "Re: 相談窓口ポスター 校正・発注について（注文番号 NP-260915-07）",
    "body": """大河内様

お世話になっております。日の出産業 総務部の藤ヶ谷です。
校正紙を確認しました。添付の赤字2か所（電話番号の書体、QRコードの位置）を修正のうえ、
下記で発注させてください。

　品名：こころの相談窓口ポスター A2 4色
　数量：120枚（単価 ¥185、税別 ¥22,200）
　品名：携帯用カード（名刺サイズ）
　数量：3,000枚（単価 ¥6.8、税別 ¥20,400）
　納品：10月9日着希望（本社1F 受付気付）

ポスターの窓口電話番号は、こころリンク様のフリーダイヤル 0120-556-731 で相違ありません。
発送後、追跡番号をお知らせください（前回分 4829-1174-3306 は受領済みです）。
""" + SIG_FUJIGAYA,
    "attachments": [{"kind": "png", "name": "校正赤字_0915.png"}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Print order with prices, order and tracking numbers and a service's free-dial number; no personal data.",
})

# 031 return to work of a seconded driver: licence number and medication, to the partner haulier
_p = P(8)
MESSAGES.append({
    "id": "mentalhealth-031",
    "charset": "iso-2022-jp",
    "sender": "真壁 奈緒 <makabe.nao@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 安全管理部 松永様 <matsunaga@aoba-unyu.co.jp>"],
    "subject": "出向者の乗務再開について（薬師寺）",
    "body": f"""青葉運輸株式会社
安全管理部　松永様

いつもお世話になっております。日の出産業 労務課の真壁です。

貴社に出向中の弊社社員 {_p["name"]} について、11月2日付での復職が決まりました。
乗務再開にあたり、運転者台帳の更新に必要な情報をお送りします。

　氏名　　　　　：{_p["name"]}（{_p["kana"]}）
　生年月日　　　：{wareki(_p["dob"], "kanji_zen")}
　運転免許証番号：第３０１２０４５１７８３６号（中型）
　有効期限　　　：２０２８年０９月１６日

なお、休職の原因となった不眠症・抑うつ状態については寛解しておりますが、
現在も睡眠導入剤（就寝前1錠）を服用中です。主治医からは
「翌朝の眠気はないが、早朝4時台の乗務は当面避けること」との意見が出ております。
点呼時の確認項目に加えていただけますと幸いです。
""" + SIG_MAKABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_DRIVERS_LICENSE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "An employee's driving-licence number with his illness and medication, to the partner haulier (reasons 2 and 3).",
})

# 032 residence card number of a foreign employee, with diagnosis, to the health insurance society
MESSAGES.append({
    "id": "mentalhealth-032",
    "charset": "cp932",
    "sender": "伊集院 剛 <ijuin.tsuyoshi@mail.hinode-sangyo.co.jp>",
    "to": ["kyufu@tsk-kenpo.or.jp"],
    "subject": "傷病手当金申請の氏名表記について（大阪工場 グエン）",
    "body": """東京産業総合健康保険組合 給付課 御中

お世話になっております。日の出産業 大阪工場の伊集院です。
先日提出しました傷病手当金申請書について、氏名の表記が被保険者証と異なるとの
お問い合わせをいただきましたので、在留カードの記載内容をお知らせします。

　氏名（在留カード）：NGUYEN VAN MINH
　氏名（被保険者証）：グエン　ヴァン　ミン
　在留カード番号　　：UH48213706EA
　在留資格　　　　　：技術・人文知識・国際業務
　生年月日　　　　　：1994年2月17日

傷病名は「適応障害・不眠症」、療養開始日は9月7日です。
主治医の証明欄に記載の氏名はカタカナ表記となっております。
ご確認のほどよろしくお願いいたします。
""" + SIG_IJUIN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_RESIDENCE_CARD", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "A foreign employee's residence card number and birth date with his diagnosis, to the health insurance society (reasons 2 and 3).",
})

# 033 three participants with mobile numbers for an outside workshop (1-4 people: pass)
MESSAGES.append({
    "id": "mentalhealth-033",
    "charset": "iso-2022-jp",
    "sender": "藤ヶ谷 晴美 <fujigaya.harumi@hinode-sangyo.co.jp>",
    "to": ["研修係 <kenshu@tokyo-sanpo.or.jp>"],
    "subject": "衛生管理者向け研修（10/28）参加申込",
    "body": """東都産業保健支援センター 研修係 御中

日の出産業株式会社 総務部の藤ヶ谷と申します。
10月28日開催の「職場のメンタルヘルス対策 実践研修（衛生管理者向け）」に、
下記3名で参加を申し込みます。当日の緊急連絡先として携帯番号を記載します。

1. 冨樫 康介（総務部）　　携帯 080-4471-2036
2. 勅使河原 昌平（総務部）携帯 090-3358-7412
3. 伊集院 剛（大阪工場）　携帯 070-6620-1195

受講票の送付先は本メールアドレスでお願いいたします。
""" + SIG_FUJIGAYA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER"],
    "detectors": ["personal_data"],
    "note": "Three attendees' names and mobile numbers for a training registration: one to four people's records, may be warned but goes.",
})

# 034 exactly five attendees with mobile and e-mail, 「・」 bullets
_lines = []
for i in [24, 42, 79, 31, 64]:
    p = P(i)
    _lines.append(f"・{p['name']}（{p['kana']}）／{p['dept']}／{p['mobile']}／{p['mail']}")
MESSAGES.append({
    "id": "mentalhealth-034",
    "charset": "utf-8",
    "sender": "葛西 航 <kasai.wataru@hinode-sangyo.co.jp>",
    "to": ["井手 様 <ide@mindcraft-kenshu.co.jp>"],
    "subject": "社内相談員養成講座 受講者のご連絡",
    "body": """マインドクラフト研修 井手様

お世話になっております。日の出産業の葛西です。
11月開講の「社内相談員養成講座（全4回）」の受講者が決まりましたのでご連絡します。

""" + "\n".join(_lines) + """

オンライン回の招待URLは各人のメールアドレスへ直接お送りください。
欠席連絡などで携帯へご連絡いただくことがあるかもしれない旨、本人たちには伝えてあります。

よろしくお願いいたします。
""" + SIG_KASAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "Five people's names with mobile numbers and e-mail addresses to an external vendor: a list of people at the threshold (reason 1).",
})

# 035 four people with e-mail addresses (under five: pass)
MESSAGES.append({
    "id": "mentalhealth-035",
    "charset": "iso-2022-jp",
    "sender": "森川 早苗 <morikawa.sanae@hinode-sangyo.co.jp>",
    "to": ["鳴海 亮 <narumi@kokoro-link.co.jp>"],
    "subject": "ピアサポーター研修 参加者（4名）",
    "body": """鳴海様

お世話になっております。森川です。
12月のピアサポーター研修（貴社主催・オンライン）に、弊社から以下4名が参加します。

　五十嵐 剛　　tsuyoshi.igarashi@hinode-sangyo.co.jp
　桧山 美咲　　misaki.hiyama@hinode-sangyo.co.jp
　佐藤 亮　　　ryo.sato@hinode-sangyo.co.jp
　越智 舞　　　mai.ochi@hinode-sangyo.co.jp

事前アンケートのURLは上記アドレスへお送りいただければと思います。
よろしくお願いいたします。
""" + SIG_MORIKAWA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "Four participants' names and work e-mail addresses: under the five-person threshold, no special-care data.",
})

# 036 【極秘】 classification on a mail to the partner law firm (no personal data)
MESSAGES.append({
    "id": "mentalhealth-036",
    "charset": "iso-2022-jp",
    "sender": "氷見 健一 <himi.kenichi@hinode-sangyo.co.jp>",
    "to": ["白川 達郎 先生 <t.shirakawa@shirakawa-law.jp>"],
    "cc": ["makabe.nao@hinode-sangyo.co.jp"],
    "subject": "【極秘】ハラスメント申告に関する調査体制のご相談",
    "body": """白川先生

いつもお世話になっております。日の出産業 人事部の氷見でございます。

【取扱区分：極秘】

ある部署の管理職に対するハラスメントの申告が複数寄せられており、
外部の弁護士に調査委員として入っていただく形での調査を検討しております。
申告者の中には体調を崩している者もおり、慎重に進めたいと考えております。

調査の進め方（ヒアリングの順序、記録の取り方、申告者保護の措置）について、
一度ご相談のお時間をいただけますでしょうか。
詳細はお目にかかった際にご説明いたします。
""" + SIG_HIMI,
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "The mail is classified 【極秘】 in the subject and body and goes outside (reason 6); no one is named.",
})

# 037 password-protected PDF of the return-to-work committee minutes
MESSAGES.append({
    "id": "mentalhealth-037",
    "charset": "utf-8",
    "sender": "真壁 奈緒 <makabe.nao@hinode-sangyo.co.jp>",
    "to": ["chujo@mizuhodai-sr.jp"],
    "subject": "復職判定委員会 議事録（9月開催分）",
    "body": """中條先生

お世話になっております。真壁です。
9月の復職判定委員会の議事録をお送りします。PDFにはパスワードをかけてありますので、
いつもの方法でお伝えします。

試し出勤期間を延長したケースについて、規程上問題がないかご意見をいただけますと幸いです。
""" + SIG_MAKABE,
    "attachments": [{"kind": "pdf", "name": "復職判定委員会議事録_202609.pdf", "password": "mzh0926",
                     "title": "復職判定委員会 議事録",
                     "lines": ["復職判定委員会 議事録（2026年9月24日）", "出席：人事部長、労務課長、産業医、健康管理室",
                               "案件1：A氏（営業2課）試し出勤2週間の延長を決定",
                               "案件2：B氏（設計課）11月1日付復職可と判定"]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "The attached PDF is password-protected and cannot be inspected (reason 7).",
})

# 038 internal only: full list of employees on leave in an XLSX
_sh = [["氏名", "生年月日", "所属", "休職開始", "傷病名", "主治医", "次回面談"]]
for i, dx, doc in zip([1, 5, 9, 12, 17, 26], ["うつ病", "適応障害", "適応障害", "不安障害", "うつ病", "双極性障害"],
                      ["こもれびMC", "港南台こころのC", "なかもず心療内科", "こもれびMC", "堺東MC", "みなと総合病院"]):
    p = P(i)
    _sh.append([p["name"], p["dob"], p["dept"], "2026/0" + str(i % 9 + 1) + "/01", dx, doc, "10月中"])
MESSAGES.append({
    "id": "mentalhealth-038",
    "charset": "iso-2022-jp",
    "sender": "小野寺 拓真 <onodera.takuma@hinode-sangyo.co.jp>",
    "to": ["氷見部長 <himi.kenichi@hinode-sangyo.co.jp>"],
    "cc": ["usami.shunsuke@hinode-sangyo.co.jp", "morikawa.sanae@hinode-sangyo.co.jp"],
    "subject": "【月次】休職者状況一覧（9月末）",
    "body": """氷見部長

お疲れさまです。小野寺です。
9月末時点の休職者状況一覧を添付します。
前月から1名復職（設計課）、1名新規休職（名古屋支店）です。

以上、ご確認ください。
""",
    "attachments": [{"kind": "xlsx", "name": "休職者状況_202609.xlsx", "sheets": {"9月末": _sh}}],
    "expect": "pass",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "Diagnoses of six named employees, but every recipient is internal.",
})

# 039 reply that quotes the vendor's own attendee list; new text has no personal data
MESSAGES.append({
    "id": "mentalhealth-039",
    "charset": "utf-8",
    "sender": "藤ヶ谷 晴美 <fujigaya.harumi@hinode-sangyo.co.jp>",
    "to": ["井手様 <ide@mindcraft-kenshu.co.jp>"],
    "subject": "Re: 【確認】10/21 ラインケア研修 受講者一覧",
    "body": """井手様

ご確認ありがとうございます。内容に相違ありません。
なお、No.4 と No.6 の方は当日欠席の連絡がありましたので、資料は16部でお願いします。

藤ヶ谷

On 2026/10/14 11:02, 井手 <ide@mindcraft-kenshu.co.jp> wrote:
> 藤ヶ谷様
> 受講者一覧を下記のとおり登録いたしました。ご確認ください。
>
> No 氏名          所属              携帯
> -- ------------  ----------------  -------------
> 1  榊 亮          物流センター       090-8824-1730
> 2  木村 秀樹      品質保証課         080-2291-5548
> 3  生駒 彩        人事部             070-4183-9902
> 4  千早 和也      開発部             090-6657-2314
> 5  比嘉 彩        品質保証課         080-7730-4461
> 6  乙部 綾乃      広報室             090-1948-6035
> （以下12名略）
>
> マインドクラフト研修 井手
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "The list of attendees with phone numbers is only in the quoted text of the vendor's own mail; the new text has none.",
})

# 040 forward (転送) of an internal waiting list to the EAP
_blk = []
for i, t in zip([2, 3, 6, 7, 11, 13, 15, 16], ["平日18時以降", "昼休み", "いつでも", "平日夕方", "土曜", "平日夜", "昼休み", "平日18時以降"]):
    p = P(i)
    _blk.append(f"{p['name']}\t{p['dept']}\t{p['mobile']}\t{t}")
MESSAGES.append({
    "id": "mentalhealth-040",
    "charset": "utf-8",
    "sender": "汐見 沙耶 <shiomi.saya@hinode-sangyo.co.jp>",
    "to": ["center@kokoro-link.co.jp"],
    "subject": "転送: 面談キャンセル待ちリスト（メンタル不調の相談）",
    "body": """こころリンク 相談センター ご担当者様

お世話になっております。日の出産業 健康管理室の汐見です。
社内の産業医面談枠が埋まってしまい、下記の方々がキャンセル待ちとなっています。
貴社のカウンセラーによる電話相談で先に対応いただけないでしょうか。
（各人から、EAPへ連絡先を伝えることの了承は得ています）

-------- Forwarded Message --------
件名: 面談キャンセル待ちリスト
日付: Thu, 1 Oct 2026 09:12:44 +0900
差出人: 葛西 航 <kasai.wataru@hinode-sangyo.co.jp>
宛先: 汐見 沙耶 <shiomi.saya@hinode-sangyo.co.jp>

汐見さん
10月分、メンタル不調で面談を希望しているがまだ枠が取れていない方です。

氏名\t所属\t携帯\t希望時間帯
""" + "\n".join(_blk) + """

葛西
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "A forwarded internal list of eight employees with mobile numbers who sought help for mental ill-health is new text to the EAP (reasons 1 and 3).",
})

# 041 the company doctor's opinion mail attached (message/rfc822) for the host company of a secondee
_p = P(10)
MESSAGES.append({
    "id": "mentalhealth-041",
    "charset": "iso-2022-jp",
    "sender": "真壁 奈緒 <makabe.nao@hinode-sangyo.co.jp>",
    "to": ["川崎電機 人事部 岡部様 <okabe@kawasaki-denki.co.jp>"],
    "subject": "出向者の就業上の配慮について",
    "body": f"""川崎電機株式会社
人事部　岡部様

お世話になっております。日の出産業 労務課の真壁です。
貴社に出向中の{_p["sei"]}さんの件で、弊社産業医の意見をいただきましたので、
そのメールを添付にてお送りします。
配慮事項を貴社の上長の方にもご共有いただけますでしょうか。
""" + SIG_MAKABE,
    "attachments": [{"kind": "eml", "name": "産業医意見_渡辺.eml", "message": {
        "charset": "iso-2022-jp",
        "sender": "宇佐美 俊介 <usami.shunsuke@hinode-sangyo.co.jp>",
        "to": ["makabe.nao@hinode-sangyo.co.jp"],
        "subject": "就業上の措置に関する意見（渡辺 和也さん）",
        "body": f"""真壁課長

本日、{_p["name"]}さん（購買部→川崎電機出向中、{_p["dob"][:4]}年生）と面談しました。
主治医診断は適応障害。現在は服薬なしで経過観察中です。

【就業上の措置】
・時間外労働は月20時間以内（当面3か月）
・月1回の通院（平日午前）への配慮
・深夜のオンライン会議（海外拠点対応）は免除

3か月後に再面談します。
宇佐美
"""}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "The attached mail names an employee with his diagnosis (adjustment disorder) and work restrictions, sent to the partner host company (reason 3).",
})

# 042 forward of the EAP's aggregate monthly report to the health insurance society
MESSAGES.append({
    "id": "mentalhealth-042",
    "charset": "cp932",
    "sender": "森川 早苗 <morikawa.sanae@hinode-sangyo.co.jp>",
    "to": ["三宅様 <miyake@tsk-kenpo.or.jp>"],
    "subject": "FW: 【こころリンク】9月度 ご利用状況報告",
    "body": """三宅様

お世話になっております。森川です。
共同セミナーのテーマ選定の参考に、EAPの9月度利用状況（集計値のみ）を転送します。
睡眠に関する相談が増えているのが目立ちます。

-----Original Message-----
From: こころリンク 報告担当 <report@kokoro-link.co.jp>
Sent: Friday, October 2, 2026 10:30 AM
To: morikawa.sanae@hinode-sangyo.co.jp
Subject: 【こころリンク】9月度 ご利用状況報告

日の出産業株式会社 健康管理室 御中

9月度のご利用状況をご報告いたします（個人が特定される情報は含みません）。

　新規相談件数　　　　17件（前月 12件）
　　うち こころの不調　11件（睡眠 5件、気分の落ち込み 4件、その他 2件）
　　　　 家族・育児　　 3件
　　　　 法律・お金　　 3件
　継続カウンセリング　 9件
　面談形式　電話 14件／オンライン 8件／対面 4件

株式会社こころリンク
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "A forward, so it counts, but it holds only aggregate counts that identify no one.",
})

# 043 three external organisations in To/Cc (minutes without personal data)
MESSAGES.append({
    "id": "mentalhealth-043",
    "charset": "iso-2022-jp",
    "sender": "葛西 航 <kasai.wataru@hinode-sangyo.co.jp>",
    "to": ["鳴海様 <narumi@kokoro-link.co.jp>", "三宅様 <miyake@tsk-kenpo.or.jp>"],
    "cc": ["細谷様 <hosoya@asunaro-life.co.jp>", "morikawa.sanae@hinode-sangyo.co.jp"],
    "subject": "休職者支援 連絡会（第2回）議事メモ",
    "body": """関係者各位

お世話になっております。日の出産業の葛西です。
先日の連絡会の議事メモを共有いたします。

1. 休職者向け情報提供の一本化
　- 傷病手当金（健保）、GLTD（あすなろ生命）、EAP相談の案内を1枚のリーフレットにまとめる
　- 案は日の出産業で作成し、11月中旬に各社へ確認依頼
2. 復職後フォローの役割分担
　- 復職後6か月はEAPの定期電話（月1回）を標準とする
3. 次回
　- 2027年1月下旬（日程は別途調整）

以上、よろしくお願いいたします。
""" + SIG_KASAI,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "Three external organisations (EAP, health insurance society, insurer) can see each other in To/Cc (reason 4).",
})

# 044 EAP contract NDA review with the partner law firm: mail about an NDA, no personal data
MESSAGES.append({
    "id": "mentalhealth-044",
    "charset": "utf-8",
    "sender": "真壁 奈緒 <makabe.nao@hinode-sangyo.co.jp>",
    "to": ["野崎先生 <nozaki@shirakawa-law.jp>"],
    "subject": "EAP業務委託契約の更新（秘密保持条項）について",
    "body": """白川法律事務所
野崎先生

お世話になっております。日の出産業の真壁です。
EAP業務委託契約の更新にあたり、先方から秘密保持条項の修正案が届きました。
特に「機密情報」の定義に相談記録が含まれるか、また契約終了後の相談記録の返還・廃棄の
取扱いが曖昧に思えます。添付の修正案（変更履歴なし版）をご確認いただけますでしょうか。

併せて、別途締結している秘密保持契約（2023年締結）との優先関係も整理したいと考えております。
""" + SIG_MAKABE + "\n" + DISCLAIMER_JA,
    "attachments": [{"kind": "docx", "name": "EAP業務委託契約_第12条修正案.docx",
                     "paragraphs": ["第12条（秘密保持）",
                                    "1. 乙は、本契約の履行に関して知り得た甲及び甲の従業員に関する一切の情報（以下「機密情報」という。）を、"
                                    "甲の事前の書面による承諾なく第三者に開示してはならない。",
                                    "2. 前項の機密情報には、相談者の相談記録を含むものとする。",
                                    "3. 乙は、本契約終了後30日以内に機密情報を甲に返還し、又は廃棄する。"]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Mail about an NDA clause with the partner law firm; 機密情報 is a defined term in the contract text, not a marking. Standard disclaimer.",
})

# 045 co-hosted lecture with the partner bank (real partner domain)
MESSAGES.append({
    "id": "mentalhealth-045",
    "charset": "cp932",
    "sender": "藤ヶ谷 晴美 <fujigaya.harumi@hinode-sangyo.co.jp>",
    "to": ["みどり銀行 人事部 今泉様 <imaizumi@midori-ginko.co.jp>"],
    "subject": "浜松町地区 合同講演会「働く人のメンタルヘルス」会場について",
    "body": """みどり銀行 人事部
今泉様

いつもお世話になっております。日の出産業 総務部の藤ヶ谷です。
合同講演会の会場ですが、さくらホテル浜松町の「桜の間」（定員150名）を仮押さえしました。

　日時：2027年2月4日（木）18:30〜20:00
　会場：さくらホテル浜松町 2F 桜の間（港区浜松町1-12-3）
　費用：会場費 ¥198,000（税別）を両社で折半

講師候補のご意見もお聞かせいただけますと幸いです。
""" + SIG_FUJIGAYA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Ordinary event planning with a partner at its correct domain; only a hotel's business address.",
})

# 046 reminder about non-respondents: only a count, the list goes through the vendor's portal
MESSAGES.append({
    "id": "mentalhealth-046",
    "charset": "iso-2022-jp",
    "sender": "葛西 航 <kasai.wataru@hinode-sangyo.co.jp>",
    "to": ["ウェルネスゲート サポート <support@wellnessgate.co.jp>"],
    "cc": ["koga.shinya@wellnessgate.co.jp"],
    "subject": "未受検者への督促メール配信のお願い",
    "body": """株式会社ウェルネスゲート サポートご担当者様

お世話になっております。日の出産業の葛西です。
10/9時点で未受検者が14名おります。受検期間を10/23まで延長しますので、
システムから督促メールを配信いただけますでしょうか。

対象者の一覧は、個人情報をメールに載せないよう、貴社の管理者画面の
「ファイル共有」にアップロードしました（ファイル名：未受検_1009.csv）。
配信文面は前回と同じで構いません。

よろしくお願いいたします。
""" + SIG_KASAI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Only the number of non-respondents; the list itself was uploaded to the vendor's portal, not mailed. Two addresses of the same vendor.",
})

# 047 English referral of an expatriate to the global EAP (special-care data, one person)
_p = P(77)
MESSAGES.append({
    "id": "mentalhealth-047",
    "charset": "utf-8",
    "sender": "Kenji Arima <arima.kenji@hinode-sangyo.co.jp>",
    "to": ["Rachel Tan <rachel.tan@clearpath-eap.com>"],
    "subject": "Urgent referral – assignee in Singapore",
    "body": f"""Dear Rachel,

I would like to make an urgent referral for one of our assignees in Singapore.

  Name:          {_p["romaji"]} ({_p["name"]})
  Date of birth: {_p["dob"]}
  Position:      Assistant Manager, HS Precision Asia Pte. Ltd. (on secondment)
  Mobile (SG):   +65 9184 3367
  Preferred language: Japanese

She was diagnosed with generalised anxiety disorder by a local GP last week and has been
off work since Monday. She has agreed to be contacted by a Japanese-speaking counsellor.
Could you also advise whether a psychiatrist referral in Singapore is covered under our plan?

Thank you for your help.
""" + SIG_ARIMA_EN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "English mail naming an employee with her date of birth, phone and anxiety-disorder diagnosis, to the overseas EAP (reason 3).",
})

# 048 sickness allowance for three employees, identified by My Number
_blocks = []
for k, (i, dx, per) in enumerate([(23, "うつ病", "8/1〜8/31"), (28, "適応障害", "8/10〜9/9"), (36, "不安障害", "8/16〜9/15")]):
    p = P(i)
    _blocks.append(f"""【{k + 1}】{p["name"]}
　　個人番号：{my_number(SEED + 3 + k)}
　　生年月日：{wareki(p["dob"], "short")}
　　傷病名：{dx}
　　申請期間：{per}""")
MESSAGES.append({
    "id": "mentalhealth-048",
    "charset": "iso-2022-jp",
    "sender": "小野寺 拓真 <onodera.takuma@hinode-sangyo.co.jp>",
    "to": ["給付課 <kyufu@tsk-kenpo.or.jp>"],
    "subject": "傷病手当金申請（3件）の補足",
    "body": """東京産業総合健康保険組合 給付課 御中

いつもお世話になっております。日の出産業 労務課の小野寺でございます。
先週郵送した傷病手当金申請3件について、被保険者証の記号番号欄が空欄となっておりました。
ご案内に従い、個人番号で本人確認をお願いいたします。

""" + "\n\n".join(_blocks) + """

お手数をおかけしますが、よろしくお願いいたします。
""" + SIG_ONODERA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_MY_NUMBER", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "Three employees' My Numbers with birth dates and diagnoses to the health insurance society (reasons 2 and 3).",
})

# 049 comparison of EAP providers: a list of businesses
MESSAGES.append({
    "id": "mentalhealth-049",
    "charset": "utf-8",
    "sender": "真壁 奈緒 <makabe.nao@hinode-sangyo.co.jp>",
    "to": ["中條先生 <chujo@mizuhodai-sr.jp>"],
    "subject": "EAP事業者の比較について（ご意見のお願い）",
    "body": """中條先生

お世話になっております。真壁です。
来年度のEAP事業者の見直しにあたり、候補を以下のとおり整理しました。
他社事例などでご存じのことがあれば、ご意見をいただけますでしょうか。

事業者名                    所在地        代表電話        年額（税別）  特徴
--------------------------  ------------  --------------  ------------  ------------------------
株式会社こころリンク（現行）  東京都千代田区  03-3262-5510   720万円       24時間電話相談、対面可
ライフバランス総研株式会社    東京都新宿区    03-5909-1180   650万円       オンライン中心
株式会社ハートフルEAP         大阪市北区      06-6371-2045   690万円       大阪工場への訪問可
ClearPath EAP Asia            Singapore       +65 6221 4080  別途見積      海外赴任者対応
メンタルサポート東京株式会社  東京都港区      03-6435-7722   580万円       研修込みプラン

ご多用のところ恐縮ですが、よろしくお願いいたします。
""" + SIG_MAKABE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "A list of companies with their switchboards and prices: businesses, not people.",
})

# 050 pseudonymised cases for a case conference: identifiable in a small department?
MESSAGES.append({
    "id": "mentalhealth-050",
    "charset": "cp932",
    "sender": "森川 早苗 <morikawa.sanae@hinode-sangyo.co.jp>",
    "to": ["鷲尾先生 <washio@washio-sangyoi.jp>"],
    "subject": "事例検討会（10/30）の資料",
    "body": """鷲尾先生

お世話になっております。日の出産業の森川です。
10/30の事例検討会で取り上げたい事例を2つ挙げます。氏名は伏せてあります。

事例1（E-2231）：営業2課・30代男性・課長代理
　うつ状態で3か月休職後、9月に復職。復職後の残業制限の解除時期について相談したい。
事例2（E-2237）：品質保証課・20代女性・入社2年目
　適応障害の診断。上司との関係が要因とみられ、配置転換を希望している。

当日はこの2事例を中心に、30分ずつ検討できればと思います。
""" + SIG_MORIKAWA,
    "expect": "either",
    "entities": ["SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "Names removed, but department, age band, position and diagnosis may single a person out in a small department; a privacy officer could judge either way.",
})

# 051 XLSX plan stamped 取扱注意 to the partner system vendor
MESSAGES.append({
    "id": "mentalhealth-051",
    "charset": "iso-2022-jp",
    "sender": "葛西 航 <kasai.wataru@hinode-sangyo.co.jp>",
    "to": ["ツバサシステム 桐生様 <kiryu@tsubasa-system.jp>"],
    "subject": "健康管理システム改修　スケジュール表",
    "body": """桐生様

お世話になっております。日の出産業の葛西です。
ストレスチェック機能の改修について、社内で合意したスケジュール表を添付します。
11月の要件定義開始に向けて、体制案をご検討ください。
""" + SIG_KASAI,
    "attachments": [{"kind": "xlsx", "name": "健康管理システム改修_スケジュール.xlsx",
                     "page_header": "取扱注意", "page_footer": "日の出産業株式会社 人事部 取扱注意",
                     "sheets": {"スケジュール": [["【取扱注意】健康管理システム改修 スケジュール"], [],
                                            ["工程", "開始", "終了", "担当"],
                                            ["要件定義", "2026/11/02", "2026/12/18", "ツバサシステム"],
                                            ["設計", "2027/01/05", "2027/02/26", "ツバサシステム"],
                                            ["受入テスト", "2027/04/05", "2027/05/14", "日の出産業"],
                                            ["本番稼働", "2027/06/01", "", "両社"]]}}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "The attached schedule is classified 取扱注意 in its title and page header/footer and goes to an outside vendor (reason 6).",
})

# 052 corrupt XLSX to the stress-check vendor
MESSAGES.append({
    "id": "mentalhealth-052",
    "charset": "utf-8",
    "sender": "葛西 航 <kasai.wataru@hinode-sangyo.co.jp>",
    "to": ["古賀様 <koga.shinya@wellnessgate.co.jp>"],
    "subject": "Re: 受検者データの修正版",
    "body": """古賀様

お世話になっております。葛西です。
ご指摘の3件（所属コードの誤り）を修正したファイルを再送します。
お手数ですが差し替えをお願いいたします。

葛西

> 葛西様
> 受検者データのうち3件、所属コードがマスタに存在しません。
> ご確認のうえ修正版をお送りいただけますでしょうか。
> ウェルネスゲート 古賀
""",
    "attachments": [{"kind": "corrupt", "name": "受検者データ_修正版_v2.xlsx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "The attached workbook is corrupt and cannot be inspected; it is said to hold stress-check participant data (reason 7).",
})

# 053 a new contact person (a colleague's business contact) to the clinic
MESSAGES.append({
    "id": "mentalhealth-053",
    "charset": "iso-2022-jp",
    "sender": "森川 早苗 <morikawa.sanae@hinode-sangyo.co.jp>",
    "to": ["こもれびメンタルクリニック 医療連携室 <renkei@komorebi-mc.jp>"],
    "subject": "弊社窓口担当の変更について",
    "body": """こもれびメンタルクリニック
医療連携室 ご担当者様

平素より大変お世話になっております。日の出産業 健康管理室の森川でございます。
10月より、貴院との連絡窓口を下記の者に変更いたします。

　日の出産業株式会社 人事部 健康管理室
　看護師　汐見 沙耶
　TEL 03-5402-7783（直通）
　E-mail shiomi.saya@hinode-sangyo.co.jp

引き続きよろしくお願い申し上げます。
""" + SIG_MORIKAWA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "One colleague's business contact (direct line and work address), like a signature; ordinary business mail.",
})

# 054 PDF table: monthly leave/return report to the health insurance society's nurse
_tbl = [["No", "氏名", "生年月日", "所属", "状況", "傷病名", "備考"]]
for k, (i, st, dx) in enumerate([(59, "休職中", "うつ病"), (61, "休職中", "適応障害"), (63, "復職（10/1）", "パニック障害"),
                                  (65, "休職中", "睡眠障害"), (67, "試し出勤", "うつ病"), (69, "復職（9/14）", "適応障害")]):
    p = P(i)
    _tbl.append([k + 1, p["name"], wareki(p["dob"], "short"), p["dept"], st, dx, "傷病手当金受給" if "休職" in st else ""])
MESSAGES.append({
    "id": "mentalhealth-054",
    "charset": "cp932",
    "sender": "汐見 沙耶 <shiomi.saya@hinode-sangyo.co.jp>",
    "to": ["三宅 様 <miyake@tsk-kenpo.or.jp>"],
    "subject": "保健事業連携：休職・復職者の状況（9月）",
    "body": """東京産業総合健康保険組合
保健師　三宅様

お世話になっております。日の出産業 健康管理室の汐見です。
コラボヘルスの取組みとして、9月の休職・復職者の状況をPDFでお送りします。
傷病手当金の受給状況と照合いただき、保健指導の対象者選定にご活用ください。
""" + SIG_SHIOMI,
    "attachments": [{"kind": "pdf", "name": "休職復職状況_202609.pdf", "title": "休職・復職者の状況（2026年9月）",
                     "lines": ["休職・復職者の状況（2026年9月末）", "日の出産業株式会社 人事部 健康管理室", ""],
                     "table": _tbl}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "A PDF table of six named employees with birth dates and diagnoses to the health insurance society (reasons 1 and 3).",
})

# 055 internal mail from the Osaka plant subdomain, list included
_rows = []
for i in [72, 76, 3, 39, 47]:
    p = P(i)
    _rows.append([p["name"], p["dept"], p["mobile"], "高ストレス"])
MESSAGES.append({
    "id": "mentalhealth-055",
    "charset": "cp932",
    "sender": "伊集院 剛 <ijuin.tsuyoshi@mail.hinode-sangyo.co.jp>",
    "to": ["森川 早苗 <morikawa.sanae@hinode-sangyo.co.jp>"],
    "cc": ["kasai.wataru@mail.hinode-sangyo.co.jp"],
    "subject": "大阪工場 面接指導対象者（第1グループ）",
    "body": """森川さん

お疲れさまです。大阪工場の伊集院です。
大阪工場分の面接指導対象者です。鷲尾先生の来訪日（10/20）に割り当てたいと思います。

""" + columns(["氏名", "所属", "携帯", "判定"], _rows) + """

夜勤明けの方がいるので、午前中の枠を優先したいです。
""" + SIG_IJUIN,
    "expect": "pass",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "A list of five high-stress employees with mobiles, but sender and recipients are all internal (subdomain mail.hinode-sangyo.co.jp included).",
})

# 056 referral of one employee to the rework centre (text + HTML)
_p = P(66)
_t56 = f"""NPO法人 リワークセンターともしび
相談員　國分様

お世話になっております。日の出産業 健康管理室の森川です。
先日お電話でご相談した件、ご本人の同意が得られましたので、利用のご相談をお願いいたします。

氏名：{_p["name"]}（{_p["kana"]}）
生年月日：{slash(_p["dob"])}
連絡先：{_p["mobile"]}
診断名：うつ病（2026年3月〜休職、こもれびメンタルクリニック 篠塚医師）
現状：睡眠リズムは整ってきたが、午前中の活動量が少ない。主治医からリワーク利用を勧められている。

見学のご案内は、ご本人の携帯へ直接お願いできますでしょうか。
"""
MESSAGES.append({
    "id": "mentalhealth-056",
    "charset": "utf-8",
    "sender": "森川 早苗 <morikawa.sanae@hinode-sangyo.co.jp>",
    "to": ["國分様 <kokubu@tomoshibi-rework.or.jp>"],
    "subject": "リワークプログラム利用のご相談",
    "body": _t56 + SIG_MORIKAWA,
    "html": "<div style='font-family:sans-serif'>" + _t56.replace("\n", "<br>\n") + "<hr>日の出産業株式会社 人事部 健康管理室 森川 早苗</div>",
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "One employee's name, birth date, mobile and depression diagnosis to the rework centre (reason 3).",
})

# 057 the follow-up with the rework centre: no name, no diagnosis
MESSAGES.append({
    "id": "mentalhealth-057",
    "charset": "iso-2022-jp",
    "sender": "森川 早苗 <morikawa.sanae@hinode-sangyo.co.jp>",
    "to": ["國分様 <kokubu@tomoshibi-rework.or.jp>"],
    "subject": "Re: 見学日程について",
    "body": """國分様

ご調整ありがとうございます。
ご本人からも、11月4日（水）10時の見学で問題ないと連絡がありました。
当日は私も同行させていただきたいのですが、差し支えないでしょうか。

費用の件（会社負担とする場合の請求書の宛名）は、
「日の出産業株式会社 人事部 健康管理室」でお願いいたします。

森川
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Visit arrangements with the rework centre; no one is named and no health data is given in the new text.",
})

# 058 three training vendors openly in To for a quotation request
_t58 = """各位

日の出産業株式会社 総務部の藤ヶ谷でございます。
突然のご連絡失礼いたします。2027年度のメンタルヘルス研修について、
下記要件でお見積りをお願いしたく、ご連絡いたしました。

・セルフケア研修（全社員向け・e-learning、約1,200名）
・ラインケア研修（管理職向け・集合研修 年4回、各30名）
・社内相談員養成（年1回・10名程度）

11月20日（金）までに、概算見積と講師のご経歴をお送りいただけますと幸いです。
""" + SIG_FUJIGAYA
MESSAGES.append({
    "id": "mentalhealth-058",
    "charset": "iso-2022-jp",
    "sender": "藤ヶ谷 晴美 <fujigaya.harumi@hinode-sangyo.co.jp>",
    "to": ["ide@mindcraft-kenshu.co.jp", "info@hearts-training.co.jp", "sales@lifecare-consul.jp"],
    "subject": "【お見積りのお願い】2027年度 メンタルヘルス研修",
    "body": _t58,
    "html": "<html><body><pre style='font-family:MS Gothic'>" + _t58 + "</pre></body></html>",
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "Three competing vendors in To see each other's addresses: should have been Bcc (reason 4).",
})

# 059 the same kind of request done right: vendors in Bcc
MESSAGES.append({
    "id": "mentalhealth-059",
    "charset": "utf-8",
    "sender": "葛西 航 <kasai.wataru@hinode-sangyo.co.jp>",
    "to": ["kasai.wataru@hinode-sangyo.co.jp"],
    "bcc": ["koga.shinya@wellnessgate.co.jp", "sales@stresscheck-pro.jp", "contact@kokoro-metrics.co.jp"],
    "subject": "【ご提案依頼】ストレスチェック実施業務（2027年度）",
    "body": """ご担当者様（Bccにて失礼いたします）

日の出産業株式会社 人事部 健康管理室の葛西です。
2027年度のストレスチェック実施業務について、ご提案をお願いしたくご連絡いたしました。

・対象：約1,300名（うち大阪工場 約420名）
・方式：Web受検（紙での受検 30名程度）
・集団分析：部署別・職種別、経年比較
・高ストレス者への面接勧奨の通知代行

提案書の提出期限は12月4日（金）です。ご質問はこのメールへの返信でお受けします。
""" + SIG_KASAI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Three vendors correctly in Bcc (To is the sender himself); no personal data.",
})

# 060 look-alike of the own domain (hyphen for dot) with one employee's return-to-work check
_p = P(70)
MESSAGES.append({
    "id": "mentalhealth-060",
    "charset": "utf-8",
    "sender": "汐見 沙耶 <shiomi.saya@hinode-sangyo.co.jp>",
    "to": ["真壁 奈緒 <makabe.nao@hinode-sangyo-co.jp>"],
    "subject": "復職チェックリスト（坂口さん）",
    "body": f"""真壁課長

お疲れさまです。汐見です。
{_p["name"]}さん（{_p["dept"]}）の復職前チェックリストの結果です。

□ 生活リズム（起床7時・就寝23時）が2週間維持できている ……… ○
□ 通勤練習（本社まで）を5日以上実施 ……………………………… ○
□ 主治医意見書：「うつ病は寛解、11/1より時短勤務で復職可」… ○
□ 服薬（抗うつ薬1種）による日中の眠気なし ……………………… △（本人申告）

産業医面談は10/26に予定しています。
""" + SIG_SHIOMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["lookalike_domain", "personal_data"],
    "note": "hinode-sangyo-co.jp (hyphen for the dot) is a look-alike of the own domain; the mail carries one employee's diagnosis and medication (reasons 5 and 3).",
})

# 061 hand-over to a substitute physician: DOCX table of six interview records
_tbl = [["氏名", "所属", "面接日", "所見", "就業区分", "次回"]]
for i, d, f, c, nx in [(4, "9/3", "抑うつ気分、中途覚醒", "就業制限（残業禁止）", "10/1"),
                   (7, "9/3", "不安・焦燥感", "通常勤務", "10/15"),
                   (14, "9/10", "適応障害（主治医診断）", "就業制限（出張禁止）", "10/8"),
                   (18, "9/10", "不眠、飲酒量増加", "通常勤務（要観察）", "10/8"),
                   (25, "9/17", "うつ病で通院中、服薬調整中", "短時間勤務", "10/1"),
                   (29, "9/24", "パニック発作あり", "在宅勤務推奨", "10/22")]:
    p = P(i)
    _tbl.append([p["name"], p["dept"], d, f, c, nx])
MESSAGES.append({
    "id": "mentalhealth-061",
    "charset": "iso-2022-jp",
    "sender": "宇佐美 俊介 <usami.shunsuke@hinode-sangyo.co.jp>",
    "to": ["鷲尾 先生 <washio@washio-sangyoi.jp>"],
    "cc": ["morikawa.sanae@hinode-sangyo.co.jp"],
    "subject": "10月の代診のお願い（継続面談者の引継ぎ）",
    "body": """鷲尾先生

ご無沙汰しております。宇佐美です。
このたびは10月の代診をお引き受けいただき、ありがとうございます。
継続して面談している6名の引継ぎ資料をWordでお送りします。
面談日程の調整は健康管理室の森川から直接ご連絡いたします。

どうぞよろしくお願いいたします。
""" + SIG_USAMI,
    "attachments": [{"kind": "docx", "name": "継続面談者_引継ぎ_202610.docx",
                     "paragraphs": ["継続面談者 引継ぎ資料（2026年10月）", "産業医 宇佐美 俊介 → 鷲尾先生（代診）"],
                     "tables": [_tbl]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "A DOCX table of six named employees with clinical findings and work restrictions to an outside physician's office (reasons 1 and 3).",
})

# 062 health insurance card numbers of five employees (specific health guidance)
_lines = ["氏名,記号,番号,生年月日,腹囲,BMI,判定"]
for i, kg, nb, w, b in [(33, "2841", "0392", 94, 27.1), (34, "2841", "0417", 88, 25.6), (48, "2841", "0561", 101, 29.8),
                        (53, "2845", "0088", 92, 26.4), (62, "2845", "0213", 90, 25.9)]:
    p = P(i)
    _lines.append(f"{p['name']},{kg},{nb},{slash(p['dob'])},{w}cm,{b},積極的支援")
MESSAGES.append({
    "id": "mentalhealth-062",
    "charset": "cp932",
    "sender": "汐見 沙耶 <shiomi.saya@hinode-sangyo.co.jp>",
    "to": ["三宅様 <miyake@tsk-kenpo.or.jp>"],
    "subject": "特定保健指導（積極的支援）対象者の照合",
    "body": """三宅様

お世話になっております。汐見です。
健保さまからいただいた特定保健指導の対象者のうち、当社で実施日が未定の5名です。
被保険者証の記号・番号で照合をお願いいたします。

""" + "\n".join(_lines) + """

面談は11月中に健康管理室で実施する予定です。
""" + SIG_SHIOMI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "Five employees' health insurance card symbols and numbers with birth dates and health check results, comma-separated, to the health insurance society (reasons 1, 2 and 3).",
})

# 063 two external organisations (社労士 and partner law firm), no personal data
MESSAGES.append({
    "id": "mentalhealth-063",
    "charset": "iso-2022-jp",
    "sender": "真壁 奈緒 <makabe.nao@hinode-sangyo.co.jp>",
    "to": ["白川先生 <t.shirakawa@shirakawa-law.jp>"],
    "cc": ["中條先生 <chujo@mizuhodai-sr.jp>", "氷見 健一 <himi.kenichi@hinode-sangyo.co.jp>"],
    "subject": "休職規程改定　3者打合せの件",
    "body": """白川先生
（cc：みずほ台 中條先生）

お世話になっております。日の出産業の真壁です。
休職規程の改定について、法務面（白川先生）と運用面（中條先生）のご意見を
同じ場で伺いたく、3者での打合せを設定させてください。

　日時：10月29日（木）16:00〜17:30
　場所：白川法律事務所 会議室（オンライン参加も可）

資料は前日までにお送りします。ご都合が悪い場合はお知らせください。
""" + SIG_MAKABE,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "Two external organisations in To/Cc for a normal three-way meeting; no personal data.",
})

# 064 NDA with the stress-check vendor, signed PDF with corporate numbers
MESSAGES.append({
    "id": "mentalhealth-064",
    "charset": "utf-8",
    "sender": "葛西 航 <kasai.wataru@hinode-sangyo.co.jp>",
    "to": ["古賀 信也 <koga.shinya@wellnessgate.co.jp>"],
    "subject": "秘密保持契約書（押印済）の送付",
    "body": """古賀様

お世話になっております。葛西です。
秘密保持契約書に弊社の押印が完了しましたので、PDFをお送りします。
原本2部は本日郵送いたしましたので、1部にご押印のうえご返送ください。

この契約締結後に、受検者データの受け渡し方法（SFTP）の詳細を詰めさせてください。
""" + SIG_KASAI,
    "attachments": [{"kind": "pdf", "name": "秘密保持契約書_ウェルネスゲート_押印済.pdf", "title": "秘密保持契約書",
                     "lines": ["秘密保持契約書",
                               "日の出産業株式会社（法人番号 7010401187362、以下「甲」）と株式会社ウェルネスゲート",
                               "（法人番号 6011001093415、以下「乙」）は、ストレスチェック実施業務に関して開示される",
                               "秘密情報の取扱いについて、以下のとおり契約を締結する。",
                               "第1条（秘密情報）本契約において秘密情報とは、甲が乙に開示する一切の情報をいう。",
                               "第2条（目的外使用の禁止）乙は秘密情報を本業務の目的以外に使用してはならない。",
                               "第7条（有効期間）本契約の有効期間は締結日から3年間とする。",
                               "甲 東京都港区浜松町2-4-1 日の出産業株式会社 代表取締役 日野 昭彦",
                               "乙 東京都中央区日本橋本町3-7-2 株式会社ウェルネスゲート 代表取締役 古川 純"]}],
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "The NDA itself: companies' names, office addresses and corporate numbers only; a mail about an NDA goes.",
})

# 065 emergency psychiatric admission: insurance card number and diagnosis to the health insurance society
_p = P(37)
MESSAGES.append({
    "id": "mentalhealth-065",
    "charset": "iso-2022-jp",
    "sender": "小野寺 拓真 <onodera.takuma@hinode-sangyo.co.jp>",
    "to": ["東京産業総合健保 給付課 <kyufu@tsk-kenpo.or.jp>"],
    "subject": "限度額適用認定証の至急発行のお願い",
    "body": f"""給付課 ご担当者様

日の出産業 労務課の小野寺です。至急のお願いで恐縮です。
下記被保険者が昨夜、市立みなと総合病院の精神科に医療保護入院となりました。
入院が長期化する見込みのため、限度額適用認定証の発行をお願いできますでしょうか。
申請書はご家族の署名をいただき次第、速やかにお送りします。

　被保険者：{_p["name"]}（{_p["dept"]}）
　記号・番号：２８４１・０７７２
　入院日：2026年10月5日
　病名（病院からの連絡による）：統合失調症の急性増悪

認定証はご家族のご自宅ではなく、会社宛に送付いただけますと助かります。
""" + SIG_ONODERA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "JP_HEALTH_INSURANCE", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "A named employee's psychiatric admission and diagnosis with her insurance card symbol/number (full-width) to the health insurance society (reasons 2 and 3).",
})

# 066 anonymous survey results of the training (several sheets) to the vendor
MESSAGES.append({
    "id": "mentalhealth-066",
    "charset": "cp932",
    "sender": "藤ヶ谷 晴美 <fujigaya.harumi@hinode-sangyo.co.jp>",
    "to": ["井手様 <ide@mindcraft-kenshu.co.jp>"],
    "subject": "ラインケア研修 受講後アンケート集計",
    "body": """井手様

お世話になっております。藤ヶ谷です。
10/21のラインケア研修の受講後アンケート（無記名）を集計しましたので共有します。
満足度は高かったのですが、「事例演習の時間が短い」という声が多くありました。
次回のプログラムにご反映いただけますと幸いです。
""" + SIG_FUJIGAYA,
    "attachments": [{"kind": "xlsx", "name": "アンケート集計_ラインケア1021.xlsx",
                     "sheets": {"集計": [["ラインケア研修 アンケート集計（回答16/16）"], [],
                                       ["設問", "とても良い", "良い", "普通", "悪い"],
                                       ["研修全体の満足度", 7, 8, 1, 0], ["講師の説明", 9, 6, 1, 0],
                                       ["事例演習の時間", 2, 5, 6, 3]],
                                "自由記述": [["No", "コメント"], [1, "部下の変化に気づくポイントが具体的で良かった"],
                                          [2, "演習をもっと長くしてほしい"], [3, "産業医への繋ぎ方の手順が知りたい"]]}}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Anonymous survey counts and free comments; no person can be identified.",
})

# 067 Outlook-style reply; the EAP's own schedule with employee names is only quoted
MESSAGES.append({
    "id": "mentalhealth-067",
    "charset": "cp932",
    "sender": "汐見 沙耶 <shiomi.saya@hinode-sangyo.co.jp>",
    "to": ["長谷部様 <hasebe@kokoro-link.co.jp>"],
    "subject": "RE: 10月 訪問カウンセリング予定",
    "body": """長谷部様

ご連絡ありがとうございます。承知いたしました。
当日は8F相談室（803）をご用意しておきます。入館証は受付でお渡しします。

汐見

差出人: 長谷部 真理 <hasebe@kokoro-link.co.jp>
送信日時: 2026年10月2日 16:48
宛先: 汐見 沙耶 <shiomi.saya@hinode-sangyo.co.jp>
件名: 10月 訪問カウンセリング予定

汐見様

10月の訪問カウンセリングの予定です。
　10/16 13:00　宍戸 直樹 様（経理部）　継続5回目
　10/16 14:00　甲斐 早紀 様（名古屋支店・オンライン）　初回
　10/16 15:00　大豆生田 剛 様（広報室）　継続3回目
　10/16 16:00　祖父江 香織 様（品質保証課）　継続2回目
　10/16 17:00　城之内 舞 様（物流センター）　初回
よろしくお願いいたします。
こころリンク 長谷部
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "The counsellor's own schedule with five clients is only quoted below 「差出人: … 送信日時: …」; the new text holds no personal data.",
})

# 068 DOCX manual with 部外秘 footer to the rework centre
MESSAGES.append({
    "id": "mentalhealth-068",
    "charset": "utf-8",
    "sender": "森川 早苗 <morikawa.sanae@hinode-sangyo.co.jp>",
    "to": ["國分 様 <kokubu@tomoshibi-rework.or.jp>"],
    "subject": "職場復帰支援マニュアル（案）へのご意見のお願い",
    "body": """國分様

いつもお世話になっております。森川です。
先日お話しした、管理職向けの「職場復帰支援マニュアル」の案ができました。
リワークの現場のご経験から、足りない点などご指摘いただけますと大変ありがたいです。
""" + SIG_MORIKAWA,
    "attachments": [{"kind": "docx", "name": "職場復帰支援マニュアル_案.docx",
                     "page_footer": "部外秘　日の出産業株式会社 人事部",
                     "paragraphs": ["職場復帰支援マニュアル（管理職向け）", "第1章 休職開始時の対応",
                                    "・部下から診断書が提出されたら、速やかに人事部労務課へ連絡する。",
                                    "第2章 休職中の連絡", "・連絡は原則月1回、健康管理室を通じて行う。",
                                    "第3章 復職の判断", "・主治医意見書、産業医面談、試し出勤の結果を踏まえ復職判定委員会で判断する。"]}],
    "expect": "stop",
    "entities": [],
    "detectors": ["confidential_marking"],
    "note": "The attached manual carries a 部外秘 marking in its footer and goes outside (reason 6).",
})

# 069 corrupt DOCX to a clinic
MESSAGES.append({
    "id": "mentalhealth-069",
    "charset": "iso-2022-jp",
    "sender": "宇佐美 俊介 <usami.shunsuke@hinode-sangyo.co.jp>",
    "to": ["港南台こころのクリニック <uketsuke@konandai-kokoro.jp>"],
    "subject": "産業医意見書の送付",
    "body": """港南台こころのクリニック
院長先生 御侍史

日の出産業株式会社 産業医の宇佐美でございます。
先日ご照会いただいた件につき、産業医としての意見書を添付いたします。
ご査収のほどよろしくお願い申し上げます。
""" + SIG_USAMI,
    "attachments": [{"kind": "corrupt", "name": "産業医意見書_1007.docx"}],
    "expect": "stop",
    "entities": [],
    "detectors": ["unscannable_attachment"],
    "note": "The attached DOCX is corrupt and cannot be inspected (reason 7).",
})

# 070 個人情報 in passing, scheduling with the vendor
MESSAGES.append({
    "id": "mentalhealth-070",
    "charset": "iso-2022-jp",
    "sender": "葛西 航 <kasai.wataru@hinode-sangyo.co.jp>",
    "to": ["古賀 信也 様 <koga.shinya@wellnessgate.co.jp>"],
    "subject": "結果通知の方法について",
    "body": """古賀様

お世話になっております。葛西です。
個人結果の通知方法について、社内で確認が取れました。

・個人結果は個人情報のため、これまでどおりシステム上で本人のみが閲覧できる形とし、
　会社（人事部）へは提供しないでください。
・面接指導の申出があった方についてのみ、本人同意のうえ産業医へ連携します。
・紙受検の方（約30名）の結果は、親展の封書で自宅へ郵送をお願いします。

結果公開日は11/2（月）10時でお願いいたします。
""" + SIG_KASAI,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Process agreement with the vendor; 個人情報 used only in passing, no one's data.",
})

# 071 tab-separated follow-up schedule after return to work, to the EAP counsellor
_rows = ["氏名\t所属\t携帯\t復職日\tフォロー面談"]
for i, rd, fd in [(43, "2026/7/1", "10/19 18:30"), (46, "2026/8/3", "10/20 12:15"), (50, "2026/8/17", "10/21 19:00"),
                  (55, "2026/9/1", "10/22 18:00"), (60, "2026/9/14", "10/23 12:15")]:
    p = P(i)
    _rows.append(f"{p['name']}\t{p['dept']}\t{p['mobile']}\t{rd}\t{fd}")
MESSAGES.append({
    "id": "mentalhealth-071",
    "charset": "utf-8",
    "sender": "森川 早苗 <morikawa.sanae@hinode-sangyo.co.jp>",
    "to": ["長谷部 真理 <hasebe@kokoro-link.co.jp>"],
    "subject": "復職後フォロー電話面談のスケジュール",
    "body": """長谷部様

お世話になっております。森川です。
メンタルヘルス不調による休職から復職した方の、フォロー電話面談のスケジュールです。
ご本人には「こころリンクの長谷部さんからお電話があります」と伝えてあります。

""" + "\n".join(_rows) + """

（Excelからそのまま貼り付けたので見づらかったらすみません）
""" + SIG_MORIKAWA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "Five named employees returning from mental-health leave, with mobile numbers, tab-separated, to the EAP (reasons 1 and 3).",
})

# 072 PDF: the treating doctor's answer, forwarded to the insurer (one person)
_p = P(45)
MESSAGES.append({
    "id": "mentalhealth-072",
    "charset": "cp932",
    "sender": "小野寺 拓真 <onodera.takuma@hinode-sangyo.co.jp>",
    "to": ["細谷様 <hosoya@asunaro-life.co.jp>"],
    "subject": "GLTD請求：主治医回答書の写し（受付番号 GL-26-00431）",
    "body": """細谷様

お世話になっております。日の出産業の小野寺です。
受付番号 GL-26-00431 の件、主治医への照会に対する回答書の写しを添付いたします。
ご確認のほどよろしくお願いいたします。
""" + SIG_ONODERA,
    "attachments": [{"kind": "pdf", "name": "主治医回答書_GL-26-00431.pdf", "title": "照会に対する回答書",
                     "lines": ["照会に対する回答書", f"患者氏名：{_p['name']}　生年月日：{wareki(_p['dob'])}",
                               "傷病名：うつ病（重症、精神病性の特徴を伴わないもの）",
                               "初診日：2026年2月3日", "就労不能期間の見込み：2026年4月1日から少なくとも6か月",
                               "治療内容：薬物療法（SSRI）、2週に1回の通院",
                               "港南台こころのクリニック 院長 早瀬 恭子"]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "The attached PDF names one employee with birth date, diagnosis and treatment, sent to the insurer (reason 3).",
})

# 073 HTML-only newsletter draft: a table of help lines (businesses)
MESSAGES.append({
    "id": "mentalhealth-073",
    "charset": "utf-8",
    "sender": "汐見 沙耶 <shiomi.saya@hinode-sangyo.co.jp>",
    "to": ["鳴海 亮 様 <narumi@kokoro-link.co.jp>"],
    "subject": "社内報「こころの健康だより」11月号 原稿確認のお願い",
    "html": """<html><body>
<p>鳴海様</p>
<p>お世話になっております。日の出産業の汐見です。<br>
社内報11月号の原稿です。貴社の窓口の記載に誤りがないかご確認いただけますでしょうか。</p>
<hr>
<h3>こころの健康だより 11月号</h3>
<p>日が短くなるこの季節は、気分が落ち込みやすくなります。<br>
朝の光を浴びること、寝る前のスマートフォンを控えることを心がけましょう。</p>
<h4>相談窓口のご案内</h4>
<table border="1" cellpadding="3">
<tr><th>窓口</th><th>電話</th><th>受付時間</th></tr>
<tr><td>こころリンク EAP相談ダイヤル</td><td>0120-556-731</td><td>24時間365日</td></tr>
<tr><td>こころリンク Web予約</td><td>https://www.kokoro-link.co.jp/hinode</td><td>随時</td></tr>
<tr><td>社内 健康管理室</td><td>03-5402-7781（内線2210）</td><td>平日9:00〜17:30</td></tr>
<tr><td>東京産業総合健保 健康相談</td><td>0120-318-022</td><td>平日9:00〜21:00</td></tr>
</table>
<hr>
<p>日の出産業株式会社 人事部 健康管理室 汐見 沙耶</p>
</body></html>""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "HTML-only newsletter draft; the table lists help-line numbers of organisations, not people.",
})

# 074 look-alike of the partner hotel's domain (digit 1 for letter l)
MESSAGES.append({
    "id": "mentalhealth-074",
    "charset": "iso-2022-jp",
    "sender": "藤ヶ谷 晴美 <fujigaya.harumi@hinode-sangyo.co.jp>",
    "to": ["さくらホテル浜松町 宴会予約 <banquet@sakura-hote1.jp>"],
    "subject": "2/4 講演会 会場仮予約の本予約への切替え",
    "body": """さくらホテル浜松町
宴会予約ご担当者様

いつもお世話になっております。日の出産業株式会社 総務部の藤ヶ谷でございます。
2月4日（木）「桜の間」の仮予約につきまして、本予約への切替えをお願いいたします。

　利用時間：17:30〜20:30（設営・撤去含む）
　レイアウト：スクール形式 120席、演台・プロジェクター1式
　請求書宛名：日の出産業株式会社 総務部

ご確認のほどよろしくお願い申し上げます。
""" + SIG_FUJIGAYA,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "sakura-hote1.jp (digit 1 for l) is a look-alike of the partner hotel's domain sakura-hotel.jp (reason 5).",
})

# 075 forwarded mail attached (message/rfc822) with nine employees to re-test
_lines = []
for i in [20, 22, 27, 30, 32, 35, 38, 40, 44]:
    p = P(i)
    _lines.append(f"{p['no']}  {p['name']}  {p['mail']}  生年月日:{p['dob']}")
MESSAGES.append({
    "id": "mentalhealth-075",
    "charset": "iso-2022-jp",
    "sender": "葛西 航 <kasai.wataru@hinode-sangyo.co.jp>",
    "to": ["support@wellnessgate.co.jp"],
    "subject": "再受検対象者の件（社内メール添付）",
    "body": """ウェルネスゲート サポート ご担当者様

お世話になっております。日の出産業の葛西です。
システム障害（9/30夕方）の影響で回答が保存されなかった社員の一覧が社内から届きましたので、
そのメールを添付します。この9名の再受検を可能にしていただけますでしょうか。
""" + SIG_KASAI,
    "attachments": [{"kind": "eml", "name": "再受検対象者一覧.eml", "message": {
        "charset": "iso-2022-jp",
        "sender": "情報システム部 斎藤 達也 <tatsuya.saito@hinode-sangyo.co.jp>",
        "to": ["kasai.wataru@hinode-sangyo.co.jp"],
        "subject": "9/30 回答保存エラーの対象者",
        "body": "葛西さん\n\nアクセスログから、9/30 17:00-18:10 に送信エラーとなった方を抽出しました。\n\n"
                + "\n".join(_lines) + "\n\n情報システム部 斎藤\n"}}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"],
    "detectors": ["personal_data"],
    "note": "An attached internal mail lists nine employees with e-mail addresses and birth dates; it goes to the external vendor (reason 1).",
})

# 076 one free-mail recipient: an independent psychologist invited as a lecturer
MESSAGES.append({
    "id": "mentalhealth-076",
    "charset": "iso-2022-jp",
    "sender": "森川 早苗 <morikawa.sanae@hinode-sangyo.co.jp>",
    "to": ["朝霧 みのり 先生 <asagiri.minori@outlook.jp>"],
    "subject": "セルフケア研修 講師ご依頼の件",
    "body": """朝霧 みのり 先生

突然のご連絡失礼いたします。
日の出産業株式会社 人事部 健康管理室の森川と申します。
鳴海様（こころリンク）よりご紹介いただき、ご連絡いたしました。

弊社の若手社員向けセルフケア研修（60分・オンライン・約80名）の講師を
お願いできないかと考えております。
　候補日：1月19日（火）または1月21日（木）の15時〜16時
　謝礼：規定により 5万円（税込・交通費不要）

ご検討いただけますと幸いです。
""" + SIG_MORIKAWA,
    "expect": "pass",
    "entities": [],
    "detectors": ["freemail_recipient"],
    "note": "A single free-mail recipient (an independent psychologist) for a lecture request; no personal data.",
})

# 077 emergency repatriation: passport number and diagnosis to the travel-insurance assistance desk (English)
_p = P(21)
MESSAGES.append({
    "id": "mentalhealth-077",
    "charset": "utf-8",
    "sender": "Kenji Arima <arima.kenji@hinode-sangyo.co.jp>",
    "to": ["Assistance Desk <desk@sunrise-assist.com>"],
    "subject": "Policy OTB-7731904 – request for escorted repatriation (Bangkok → Tokyo)",
    "body": f"""Dear Assistance Desk,

Further to my call this morning, please find the details for the escorted repatriation
of our employee under corporate policy OTB-7731904.

  Insured:          {_p["romaji"].upper()}
  Date of birth:    {_p["dob"]}
  Passport no.:     TR8406217
  Current location: Rattanakosin Medical Centre, Bangkok (admitted 6 Oct)
  Condition:        Acute stress reaction with severe depressive episode; the attending
                    psychiatrist recommends treatment in Japan with a medical escort.

His spouse will travel with him. Please confirm the flight options and the escort
arrangements at your earliest convenience.
""" + SIG_ARIMA_EN + "\n" + DISCLAIMER_EN,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "JP_PASSPORT", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "An employee's passport number and psychiatric condition to an outside assistance company (reasons 2 and 3).",
})

# 078 English to the overseas affiliate: roll-out timeline, no personal data
MESSAGES.append({
    "id": "mentalhealth-078",
    "charset": "utf-8",
    "sender": "Kenji Arima <arima.kenji@hinode-sangyo.co.jp>",
    "to": ["Michelle Lim <michelle.lim@hsprecision-asia.com>"],
    "subject": "EAP roll-out in Singapore – timeline",
    "body": """Hi Michelle,

As discussed, here is the proposed timeline for introducing the EAP to your team:

  - 2 Nov: announcement e-mail from the Managing Director (draft attached next week)
  - 9 Nov: 30-minute online briefing by ClearPath EAP (English and Japanese sessions)
  - 16 Nov: helpline goes live; wallet cards distributed at the office
  - Jan 2027: first utilisation report (aggregated, no names)

Please let me know if the 9 Nov briefing clashes with your month-end closing.
""" + SIG_ARIMA_EN,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Ordinary English planning mail to an overseas affiliate; no personal data.",
})

# 079 two outside physicians' offices in To/Cc: a normal joint meeting
MESSAGES.append({
    "id": "mentalhealth-079",
    "charset": "cp932",
    "sender": "森川 早苗 <morikawa.sanae@hinode-sangyo.co.jp>",
    "to": ["鷲尾先生 <washio@washio-sangyoi.jp>"],
    "cc": ["志賀先生 <shiga@shiga-ohc.jp>", "宇佐美先生 <usami.shunsuke@hinode-sangyo.co.jp>"],
    "subject": "産業医連絡会（12月）のご案内",
    "body": """鷲尾先生、志賀先生

いつもお世話になっております。日の出産業 健康管理室の森川です。
本社・大阪工場・名古屋支店の産業医の先生方による連絡会を、下記で開催いたします。

　日時：12月10日（木）18:00〜19:00（オンライン）
　議題：来年度のストレスチェック実施体制／面接指導の記録様式の統一

宇佐美先生にもご参加いただきます。ご都合をお知らせください。
""" + SIG_MORIKAWA,
    "expect": "pass",
    "entities": [],
    "detectors": ["multiple_external_domains"],
    "note": "Two outside physicians' offices in To/Cc (plus an internal doctor): two external organisations may see each other.",
})

# 080 internal only: health and safety committee minutes naming employees
MESSAGES.append({
    "id": "mentalhealth-080",
    "charset": "iso-2022-jp",
    "sender": "藤ヶ谷 晴美 <fujigaya.harumi@hinode-sangyo.co.jp>",
    "to": ["衛生委員会メンバー <eisei-iinkai@hinode-sangyo.co.jp>"],
    "subject": "第7回 衛生委員会 議事録（案）",
    "body": """衛生委員会メンバー各位

お疲れさまです。藤ヶ谷です。
第7回衛生委員会の議事録（案）です。修正があれば10/16までにご連絡ください。

1. 長時間労働者の状況（9月）
　- 80時間超：3名（情報システム部 石川 直樹、斎藤 達也／開発部 千早 和也）
　  → 全員に産業医面談を実施済み。千早さんは睡眠障害の診断で通院開始。
2. 休職・復職の状況
　- 新規休職 1名（名古屋支店）、復職 2名
3. ストレスチェック
　- 受検率 94.1%（前年 92.8%）

以上
""" + SIG_FUJIGAYA,
    "expect": "pass",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": [],
    "note": "Names and one employee's diagnosis, but the mail goes only to an internal distribution list.",
})

# 081 one record per block: witnesses of a warehouse accident, for critical-incident counselling
_blk = []
for i in [6, 9, 13, 22, 30, 32]:
    p = P(i)
    _blk.append(f"""■{p["name"]}（{p["kana"]}）
　所属：{p["dept"]}　社員番号：{p["no"]}
　携帯：{p["mobile"]}
　自宅：〒{p["zip"]} {p["addr"]}""")
MESSAGES.append({
    "id": "mentalhealth-081",
    "charset": "iso-2022-jp",
    "sender": "葛西 航 <kasai.wataru@hinode-sangyo.co.jp>",
    "to": ["こころリンク 危機対応チーム <crisis@kokoro-link.co.jp>"],
    "cc": ["morikawa.sanae@hinode-sangyo.co.jp"],
    "subject": "【至急】物流センター事故に伴う惨事ストレスケアのお願い",
    "body": """こころリンク 危機対応チーム ご担当者様

日の出産業の葛西です。お電話でお伝えした件、対象者の連絡先をお送りします。
昨日（10/7）物流センターでフォークリフトの事故があり、現場に居合わせた6名です。
本日から3日間は自宅待機としておりますので、各人へ直接ご連絡をお願いいたします。
訪問カウンセリングをご希望の方がいれば、ご自宅の住所もお使いください。

""" + "\n\n".join(_blk) + """

よろしくお願いいたします。
""" + SIG_KASAI,
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "JP_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "Six employees' mobile numbers and home addresses, one block each, to the EAP (reason 1).",
})

# 082 short CP932 mail: one employee's check-up values and insomnia to an outside physician
_p = P(52)
MESSAGES.append({
    "id": "mentalhealth-082",
    "charset": "cp932",
    "sender": "汐見 沙耶 <shiomi.saya@hinode-sangyo.co.jp>",
    "to": ["washio@washio-sangyoi.jp"],
    "subject": "名古屋支店 甲斐さんの件",
    "body": f"""鷲尾先生

汐見です。明日の面談の事前情報です。

{_p["name"]}（名古屋支店、{_p["dob"][:4]}年生）
・今年の健診：血圧 162/104（要精密）、γ-GTP 148
・問診票：「ここ2か月ほとんど眠れていない」「朝起きるのがつらい」に◯
・ストレスチェック：高ストレス判定

よろしくお願いします。
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "One named employee's health check results, symptoms and stress-check result to an outside physician (reason 3).",
})

# 083 generic question about certificate forms, nobody named
MESSAGES.append({
    "id": "mentalhealth-083",
    "charset": "utf-8",
    "sender": "真壁 奈緒 <makabe.nao@hinode-sangyo.co.jp>",
    "to": ["港南台こころのクリニック 受付 <uketsuke@konandai-kokoro.jp>"],
    "subject": "診断書・意見書の様式についてのお問い合わせ",
    "body": """港南台こころのクリニック ご担当者様

日の出産業株式会社 人事部の真壁と申します。
弊社では、復職の際に主治医の先生に「職場復帰に関する意見書」（会社様式）の記入を
お願いしております。貴院では会社様式での記載に対応いただけますでしょうか。
また、文書料の目安（税込）と、お受け取りまでの日数を教えていただけますと幸いです。

様式のPDFが必要でしたらお送りいたします。
""" + SIG_MAKABE,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "A general question about certificate forms and fees; no patient or employee is identified.",
})

# 084 a name given to the EAP counsellor as an upcoming client
MESSAGES.append({
    "id": "mentalhealth-084",
    "charset": "iso-2022-jp",
    "sender": "森川 早苗 <morikawa.sanae@hinode-sangyo.co.jp>",
    "to": ["長谷部様 <hasebe@kokoro-link.co.jp>"],
    "subject": "ご相談予約の件",
    "body": """長谷部様

お世話になっております。森川です。
営業1課の田中 結衣さんから、近日中に相談予約のお電話が入ると思います。
ご本人は初めてのご利用で少し緊張されているようでしたので、
どうぞよろしくお願いいたします。

森川
""",
    "expect": "either",
    "entities": ["PERSON_NAME"],
    "detectors": [],
    "note": "Names an employee as an upcoming EAP client, which hints at a mental-health consultation without any diagnosis; a privacy officer could judge either way.",
})

# 085 機密 used in passing, system vendor, no marking
MESSAGES.append({
    "id": "mentalhealth-085",
    "charset": "iso-2022-jp",
    "sender": "葛西 航 <kasai.wataru@hinode-sangyo.co.jp>",
    "to": ["桐生様 <kiryu@tsubasa-system.jp>"],
    "subject": "Re: 健康管理システム　アクセス権限の設計について",
    "body": """桐生様

ご提案ありがとうございます。葛西です。
ストレスチェックの個人結果や面談記録は機密性の高い健康情報ですので、
閲覧権限は「実施者（産業医・保健師）」と「実施事務従事者」に限定し、
人事権を持つ管理職には一切見えない設計でお願いします。
アクセスログは5年保存とし、月次で健康管理室が確認できるようにしてください。

要件定義書の該当部分の修正版を、次回定例（10/19）でご提示いただけますと助かります。

葛西

> 葛西様
> 権限設計について、ロール案を3パターンご用意しました。ご確認ください。
> ツバサシステム 桐生
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "The word 機密 is used in passing about system design; no marking and no personal data.",
})

# 086 internal only: encrypted ZIP between colleagues
MESSAGES.append({
    "id": "mentalhealth-086",
    "charset": "utf-8",
    "sender": "葛西 航 <kasai.wataru@hinode-sangyo.co.jp>",
    "to": ["宇佐美 俊介 <usami.shunsuke@hinode-sangyo.co.jp>"],
    "subject": "面接指導記録（9月分）",
    "body": """宇佐美先生

お疲れさまです。葛西です。
9月分の面接指導記録をまとめました。パスワードはいつものものです。
ご確認のうえ、署名欄にご記入をお願いします。
""",
    "attachments": [{"kind": "zip", "name": "面接指導記録_202609.zip", "password": "hs-usami-0930",
                     "files": [{"kind": "xlsx", "name": "面接指導記録_202609.xlsx",
                                "sheets": {"9月": [["氏名", "面接日", "所見"], ["比嘉 彩", "9/8", "抑うつ状態"],
                                                  ["高橋 優子", "9/15", "不眠"]]}}]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "An encrypted ZIP, but sender and recipient are both internal: nothing leaves the organisation.",
})

# 087 plain ZIP of training material (PDFs and a text file), no personal data
MESSAGES.append({
    "id": "mentalhealth-087",
    "charset": "cp932",
    "sender": "藤ヶ谷 晴美 <fujigaya.harumi@hinode-sangyo.co.jp>",
    "to": ["井手様 <ide@mindcraft-kenshu.co.jp>"],
    "subject": "セルフケア研修 社内事例資料の送付",
    "body": """井手様

お世話になっております。藤ヶ谷です。
セルフケア研修で使う社内向け資料（相談窓口の案内と、社内制度の説明）をZIPでお送りします。
スライドへの組込みをお願いいたします。
""" + SIG_FUJIGAYA,
    "attachments": [{"kind": "zip", "name": "セルフケア研修_社内資料.zip",
                     "files": [{"kind": "pdf", "name": "相談窓口のご案内.pdf",
                                "lines": ["相談窓口のご案内", "EAP相談ダイヤル 0120-556-731（24時間）",
                                          "健康管理室 03-5402-7781（平日 9:00〜17:30）"]},
                               {"kind": "pdf", "name": "休職・復職制度の概要.pdf",
                                "lines": ["休職・復職制度の概要", "1. 休職期間は勤続年数に応じて最長18か月",
                                          "2. 復職時は試し出勤（最長4週間）を実施できる"]},
                               {"kind": "txt", "name": "README.txt",
                                "text": "2枚目のスライドに相談窓口のPDFを、最後のスライドに制度概要を入れてください。\n"}]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "An unencrypted ZIP of training material with organisations' help-line numbers only.",
})

# 088 list with 和暦 and full-width digits to the insurer's return-to-work service
_rows = []
for i, dx, st in [(1, "うつ病", "令和８年２月２日"), (11, "適応障害", "令和８年４月６日"), (19, "双極性障害", "令和８年５月１１日"),
                  (47, "不安障害", "令和８年６月１日"), (57, "うつ病", "令和８年７月６日")]:
    p = P(i)
    _rows.append([p["name"], wareki(p["dob"], "zen"), p["dept"], dx, st])
MESSAGES.append({
    "id": "mentalhealth-088",
    "charset": "iso-2022-jp",
    "sender": "小野寺 拓真 <onodera.takuma@hinode-sangyo.co.jp>",
    "to": ["あすなろ生命 復職支援サービス窓口 <fukushoku@asunaro-life.co.jp>"],
    "subject": "復職支援サービス 利用申込（５名）",
    "body": """あすなろ生命保険株式会社
復職支援サービス窓口 御中

いつもお世話になっております。日の出産業株式会社 労務課の小野寺でございます。
GLTD付帯の復職支援サービスについて、下記５名の利用を申し込みます。
いずれも本人の同意を得ております。

""" + columns(["氏名", "生年月日", "所属", "傷病名", "休業開始日"], _rows, rule="＝") + """

担当の支援員の方が決まりましたら、ご連絡ください。
""" + SIG_ONODERA,
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "Five employees with 和暦 full-width birth dates and diagnoses to the insurer (reasons 1 and 3).",
})

# 089 premium invoice confirmation: T-number, invoice number, insurer's bank account
MESSAGES.append({
    "id": "mentalhealth-089",
    "charset": "utf-8",
    "sender": "小野寺 拓真 <onodera.takuma@hinode-sangyo.co.jp>",
    "to": ["細谷様 <hosoya@asunaro-life.co.jp>"],
    "subject": "Re: 団体長期障害所得補償保険 保険料のご請求（請求書No. AL-2026-10-0187）",
    "body": """細谷様

お世話になっております。小野寺です。
請求書（No. AL-2026-10-0187）を受領しました。内容を確認し、下記のとおり処理いたします。

　請求書番号：AL-2026-10-0187
　適格請求書発行事業者登録番号：T5020001046928
　保険料：¥3,184,600（非課税）
　お振込先：あすなろ銀行 本店営業部 普通 0801234 アスナロセイメイホケン（カ
　支払予定日：10月30日

よろしくお願いいたします。
""" + SIG_ONODERA,
    "expect": "pass",
    "entities": ["JP_CORPORATE_NUMBER"],
    "detectors": [],
    "note": "An invoice confirmation: invoice number, the insurer's registration T-number and corporate bank account; no people's data.",
})

# 090 the partner law firm: an employee's occupational-injury claim for depression
_p = P(16)
MESSAGES.append({
    "id": "mentalhealth-090",
    "charset": "iso-2022-jp",
    "sender": "真壁 奈緒 <makabe.nao@hinode-sangyo.co.jp>",
    "to": ["白川 達郎 先生 <t.shirakawa@shirakawa-law.jp>"],
    "subject": "労災請求（精神障害）への対応について",
    "body": f"""白川先生

いつもお世話になっております。真壁です。
名古屋支店の{_p["name"]}（{_p["dob"][:4]}年生、入社4年目）が、業務による精神障害として
労災の請求を行う意向であると、代理人弁護士から通知がありました。

・本人は2026年4月からうつ病で休職中（主治医：名古屋市内のクリニック）
・2025年10月〜2026年3月の時間外労働は月平均 86時間（勤怠記録上）
・上司からの叱責について、本人は「人格否定的な発言があった」と主張

会社としての意見書の作成と、代理人への回答方針についてご相談させてください。
勤怠記録と面談記録は、次回お伺いする際に紙でお持ちします。
""" + SIG_MAKABE,
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "A named employee's depression and sick leave, with overtime figures, to the partner law firm: special-care data even to a partner (reason 3).",
})

# 091 same matter, scheduling only
MESSAGES.append({
    "id": "mentalhealth-091",
    "charset": "iso-2022-jp",
    "sender": "真壁 奈緒 <makabe.nao@hinode-sangyo.co.jp>",
    "to": ["野崎先生 <nozaki@shirakawa-law.jp>"],
    "subject": "Re: 先日の件　打合せ日程",
    "body": """野崎先生

ご連絡ありがとうございます。
では、10月21日（水）15時に貴事務所へお伺いいたします。
弊社からは人事部長の氷見と私の2名で参ります。

引き続きよろしくお願いいたします。
真壁

> 真壁様
> 先日の件、白川と私で対応いたします。10/21(水)15時はいかがでしょうか。
> 白川法律事務所 野崎
""",
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Meeting arrangement with the partner law firm; no one's data in the new text.",
})

# 092 PPTX slide listing six peer supporters with mobile and e-mail
_sl = ["社内ピアサポーター（2026年度）"]
for i in [54, 58, 69, 73, 75, 41]:
    p = P(i)
    _sl.append(f"{p['name']}（{p['dept']}）　{p['mobile']}　{p['mail']}")
MESSAGES.append({
    "id": "mentalhealth-092",
    "charset": "utf-8",
    "sender": "森川 早苗 <morikawa.sanae@hinode-sangyo.co.jp>",
    "to": ["井手 様 <ide@mindcraft-kenshu.co.jp>"],
    "subject": "フォローアップ研修 事前資料（受講者紹介スライド）",
    "body": """井手様

お世話になっております。森川です。
ピアサポーターのフォローアップ研修の事前資料として、受講者紹介のスライドを添付します。
グループ分けの際の参考にしてください。
""" + SIG_MORIKAWA,
    "attachments": [{"kind": "pptx", "name": "ピアサポーター紹介.pptx",
                     "slides": [["ピアサポーター フォローアップ研修", "2026年11月", "日の出産業株式会社 健康管理室"],
                                _sl, ["研修のねらい", "傾聴スキルの振り返り", "つなぎ先（健康管理室・EAP）の確認"]]}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "A slide lists six employees with mobile numbers and e-mail addresses, sent to the external vendor (reason 1).",
})

# 093 PPTX training slides without personal data
MESSAGES.append({
    "id": "mentalhealth-093",
    "charset": "iso-2022-jp",
    "sender": "汐見 沙耶 <shiomi.saya@hinode-sangyo.co.jp>",
    "to": ["井手様 <ide@mindcraft-kenshu.co.jp>"],
    "subject": "セルフケア研修スライド（当社追加分）",
    "body": """井手様

お世話になっております。健康管理室の汐見です。
研修スライドの最後に追加いただきたい当社独自のページ（3枚）をお送りします。
""" + SIG_SHIOMI,
    "attachments": [{"kind": "pptx", "name": "セルフケア研修_当社追加.pptx",
                     "slides": [["困ったときの相談先", "上司・同僚", "健康管理室（保健師・産業医）", "EAP（こころリンク）"],
                                ["ストレスに気づくサイン", "眠れない・食欲がない", "ミスが増えた", "休日も仕事のことが頭を離れない"],
                                ["今日からできること", "睡眠を優先する", "誰かに話す", "ひとりで抱え込まない"]]}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "Training slides with general advice; no personal data.",
})

# 094 look-alike of the partner haulier's domain (.com instead of .co.jp)
MESSAGES.append({
    "id": "mentalhealth-094",
    "charset": "cp932",
    "sender": "真壁 奈緒 <makabe.nao@hinode-sangyo.co.jp>",
    "to": ["青葉運輸 松永様 <matsunaga@aoba-unyu.com>"],
    "subject": "出向者の復帰に関する三者面談の日程",
    "body": """青葉運輸株式会社 安全管理部
松永様

お世話になっております。日の出産業の真壁です。
先日ご連絡した出向者の乗務再開に向けて、貴社・弊社・ご本人での面談の日程を
ご調整いただけますでしょうか。

候補：10月27日（火）10時／10月28日（水）14時　（いずれも貴社 川崎営業所）

よろしくお願いいたします。
""" + SIG_MAKABE,
    "expect": "stop",
    "entities": [],
    "detectors": ["lookalike_domain"],
    "note": "aoba-unyu.com is a look-alike (other TLD) of the partner's domain aoba-unyu.co.jp (reason 5).",
})

# 095 a reply whose new text adds a named employee's diagnosis
_p = P(66)
MESSAGES.append({
    "id": "mentalhealth-095",
    "charset": "utf-8",
    "sender": "森川 早苗 <morikawa.sanae@hinode-sangyo.co.jp>",
    "to": ["長谷部 真理 <hasebe@kokoro-link.co.jp>"],
    "subject": "Re: 継続カウンセリングの方針について",
    "body": f"""長谷部様

ご連絡ありがとうございます。
補足ですが、{_p["name"]}さんは先週主治医から双極II型障害と診断が変わり、
気分安定薬の服用を始めたそうです。
カウンセリングの方針にも影響があるかと思いますので、お知らせしておきます。

森川

> 森川様
> 営業2課の方のカウンセリングですが、月2回のペースで継続したいと考えています。
> 抑うつ気分は続いていますが、睡眠は改善しています。
> こころリンク 長谷部
""",
    "expect": "stop",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["personal_data"],
    "note": "A reply, but its new text names an employee with a new diagnosis and medication (reason 3); the quoted part does not excuse it.",
})

# 096 legacy XLS: candidate venues (hotels), a list of businesses
MESSAGES.append({
    "id": "mentalhealth-096",
    "charset": "iso-2022-jp",
    "sender": "藤ヶ谷 晴美 <fujigaya.harumi@hinode-sangyo.co.jp>",
    "to": ["井手様 <ide@mindcraft-kenshu.co.jp>"],
    "subject": "大阪・名古屋開催分の会場候補",
    "body": """井手様

お世話になっております。藤ヶ谷です。
大阪・名古屋でのラインケア研修の会場候補を一覧にしました（xls形式で失礼します）。
講師の方の移動のご都合も踏まえ、ご希望をお知らせください。
""" + SIG_FUJIGAYA,
    "attachments": [{"kind": "xls", "name": "会場候補_大阪名古屋.xls",
                     "sheets": {"会場候補": [["地区", "会場", "住所", "代表電話", "定員", "室料（半日）"],
                                          ["大阪", "さくらホテル大阪堺", "大阪府堺市堺区南瓦町1-5", "072-228-3300", 60, "¥88,000"],
                                          ["大阪", "中百舌鳥カンファレンスホール", "大阪府堺市北区中百舌鳥町6-998", "072-250-4127", 48, "¥26,400"],
                                          ["大阪", "なんばビジネスカンファレンス", "大阪市中央区難波4-4-1", "06-6644-7710", 40, "¥55,000"],
                                          ["名古屋", "名古屋栄ビジネスホテル 会議室", "名古屋市中区栄3-7-9", "052-251-8801", 36, "¥49,500"],
                                          ["名古屋", "名駅西 貸会議室ミライエ", "名古屋市中村区椿町18-22", "052-459-3318", 45, "¥21,000"]]}}],
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "A list of venues with business addresses and switchboards: businesses, not people.",
})

# 097 to the spouse's carrier address about the employee's leave paperwork
MESSAGES.append({
    "id": "mentalhealth-097",
    "charset": "iso-2022-jp",
    "sender": "小野寺 拓真 <onodera.takuma@hinode-sangyo.co.jp>",
    "to": ["ukai.family@docomo.ne.jp"],
    "subject": "休職中の手続き書類について（日の出産業 人事部）",
    "body": """鵜飼様（ご家族様）

日の出産業株式会社 人事部労務課の小野寺でございます。
千尋さんご本人から、体調がすぐれない間はご家族の方に連絡してほしいと伺っておりますので、
こちらにご連絡いたしました。

休職期間中の傷病手当金の申請書（10月分）を、本日ご自宅宛に郵送いたしました。
本人記入欄と主治医の記入欄にご記入のうえ、同封の返信用封筒でご返送ください。

ご不明な点は、労務課（03-5402-7763）までお電話ください。
""" + SIG_ONODERA,
    "expect": "either",
    "entities": ["PERSON_NAME", "SENSITIVE_CATEGORY"],
    "detectors": ["freemail_recipient"],
    "note": "To a family member's carrier address at the employee's request: reveals her illness-related leave to a private person; consented, so a privacy officer could go either way.",
})

# 098 CSV (UTF-8) of twenty employees for EAP web registration
_rows = [["employee_no", "name_kanji", "name_kana", "birth_date", "email", "site"]]
for i in range(40, 60):
    p = P(i)
    _rows.append([p["no"], p["name"], p["kana"], p["dob"], p["mail"],
                  "OSAKA" if "大阪" in p["dept"] else ("NAGOYA" if "名古屋" in p["dept"] else "TOKYO")])
MESSAGES.append({
    "id": "mentalhealth-098",
    "charset": "utf-8",
    "sender": "葛西 航 <kasai.wataru@hinode-sangyo.co.jp>",
    "to": ["こころリンク システム担当 <system@kokoro-link.co.jp>"],
    "subject": "Web相談予約サービス 利用者登録データ（第3次）",
    "body": """こころリンク システムご担当者様

お世話になっております。日の出産業の葛西です。
Web相談予約サービスの利用者登録データ（第3次・20名）をお送りします。
生年月日はログイン時の本人確認に使われると伺っています。
登録完了後、各人へ初期パスワードの通知をお願いいたします。
""" + SIG_KASAI,
    "attachments": [{"kind": "csv", "name": "eap_users_batch3.csv", "encoding": "utf-8", "rows": _rows}],
    "expect": "stop",
    "entities": ["PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"],
    "detectors": ["personal_data"],
    "note": "Twenty employees' names, birth dates and e-mail addresses in a UTF-8 CSV to the EAP (reason 1).",
})

# 099 three external organisations visible: vendor, hotel and printer
MESSAGES.append({
    "id": "mentalhealth-099",
    "charset": "cp932",
    "sender": "藤ヶ谷 晴美 <fujigaya.harumi@hinode-sangyo.co.jp>",
    "to": ["井手様 <ide@mindcraft-kenshu.co.jp>"],
    "cc": ["さくらホテル 宴会予約 <banquet@sakura-hotel.jp>", "錦印刷 大河内様 <okochi@nishiki-insatsu.co.jp>"],
    "subject": "2/4 合同講演会　当日の段取りについて",
    "body": """関係各位

日の出産業の藤ヶ谷です。2/4の講演会の段取りを、関係の皆さまにまとめてお送りします。

・16:30　錦印刷様　配布資料（150部）をホテル2F「桜の間」へ搬入
・17:00　マインドクラフト研修様　機材確認（プロジェクター・マイク2本）
・17:30　受付開始（受付は弊社総務部4名）
・18:30　開演

搬入口はホテル裏手の駐車場側です（ホテル様、誘導をお願いいたします）。
""" + SIG_FUJIGAYA,
    "expect": "stop",
    "entities": [],
    "detectors": ["external_recipients_visible", "multiple_external_domains"],
    "note": "Three external organisations (training vendor, hotel, printer) can see each other in To/Cc (reason 4).",
})

# 100 closing thanks to the EAP, Japanese disclaimer
MESSAGES.append({
    "id": "mentalhealth-100",
    "charset": "iso-2022-jp",
    "sender": "氷見 健一 <himi.kenichi@hinode-sangyo.co.jp>",
    "to": ["株式会社こころリンク 鳴海様 <narumi@kokoro-link.co.jp>"],
    "cc": ["morikawa.sanae@hinode-sangyo.co.jp"],
    "subject": "本年度のご支援への御礼",
    "body": """株式会社こころリンク
鳴海様

日の出産業 人事部の氷見でございます。
本年度も、相談対応から研修、事故後のケアまで多方面でご支援をいただき、
誠にありがとうございました。社員からも「相談してよかった」との声が届いております。

来年度の契約につきましては、森川より改めてご連絡いたします。
引き続きどうぞよろしくお願い申し上げます。
""" + SIG_HIMI + "\n" + DISCLAIMER_JA,
    "expect": "pass",
    "entities": [],
    "detectors": [],
    "note": "A thank-you mail with the standard Japanese disclaimer; no personal data.",
})
