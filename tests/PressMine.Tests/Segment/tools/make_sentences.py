"""Writes sentences_more.txt: 240 own sentences in the style of Chinese local supervision news, composed
deterministically from hand-written fragments (digits, English, full-width forms, punctuation runs, characters
outside the BMP). Run: python3 make_sentences.py > ../sentences_more.txt"""
import random

rng = random.Random(20240507)
places = ["临安区", "宁海县", "城关镇", "东湖街道", "青石乡", "桐庐县", "江北区", "白沙村", "红星社区", "长丰县",
          "𠮷水镇", "𬱖溪村", "䶮山乡", "新塘街道", "南浔区", "金华市婺城区", "开发区", "高新区", "象山港", "梅溪镇"]
actors = ["县委第三巡察组", "市安委会督查组", "省生态环境保护督察组", "区纪委监委", "县应急管理局", "市场监管所",
          "市住建局", "镇党委", "联合检查组", "专项督导组", "区消防救援大队", "市卫健委", "县交通运输局",
          "网格员王𬱖", "村支书刘䶮", "执法队员𠮷田", "督导组组长陈晓东", "副县长李明华", "援疆干部买买提·吐尔逊"]
actions = ["深入一线开展明察暗访", "采取“四不两直”方式突击检查", "召开整改工作推进会", "对重点企业开展回头看",
           "督促落实主体责任", "现场交办问题清单", "约谈相关负责人", "开展安全生产大排查大整治",
           "复查整改到位情况", "下发督办通知书", "推动复工复产有序进行", "部署冬春火灾防控工作",
           "对餐饮单位开展食品安全抽检", "检查农村自建房安全隐患", "排查燃气管道老化问题"]
findings = ["发现问题{a}个，已整改到位{b}个", "排查隐患{a}处，整改率达{p}%", "立案查处{c}起，罚款{m}万元",
            "关停取缔“散乱污”企业{c}家", "抽检样品{a}批次，合格率{p}%", "责令停产整顿{c}家，移送公安机关{d}人",
            "下发整改通知书{c}份，约谈{d}人", "问责干部{d}名，其中处级{e}名", "收到群众来信来电{a}件，办结{b}件",
            "督办案件{c}件，办结率{p}%"]
tails = ["。", "！", "；", "……", "。。", "——", "？！", "！！！", "…", "。）"]
english = ["PM2.5浓度下降12.3%", "COVID-19防控", "GDP同比增长6.5%", "APP上线", "ISO9001认证", "5G基站", "WiFi全覆盖",
           "O2O平台", "3A级景区", "CT检查", "QQ群和微信群", "A股上市企业", "No.3号楼", "U盘里的台账", "B2B电商",
           "K线图", "T恤衫", "E-mail举报", "ＰＭ２．５监测", "ＡＢＣ三类问题"]
fullwidth = ["１２月３日", "第２批", "（一）", "【通报】", "《关于加强督查工作的通知》", "〔2023〕15号", "％", "＃",
             "：", "“回头看”", "‘两个责任’", "——", "・", "﹒", "＆", "ＮＯ．１"]
dates = ["截至11月20日", "2023年3月以来", "1—10月", "今年上半年", "5月8日上午", "近日", "国庆节前夕", "10:30许",
         "2024年第1季度", "春节期间", "７月１日起", "3月15日至4月30日"]

def numbers():
    a = rng.randint(12, 2400); b = rng.randint(1, a); c = rng.randint(1, 90)
    return dict(a=a, b=b, c=c, d=rng.randint(1, 30), e=rng.randint(1, 5), m=round(rng.uniform(0.5, 300), 1),
                p=round(rng.uniform(60, 100), 1))

def sentence(i):
    kind = i % 6
    f = rng.choice(findings).format(**numbers())
    if kind == 0:
        return f"{rng.choice(dates)}，{rng.choice(actors)}在{rng.choice(places)}{rng.choice(actions)}，{f}{rng.choice(tails)}"
    if kind == 1:
        return f"{rng.choice(fullwidth)}{rng.choice(places)}{rng.choice(actions)}，{rng.choice(english)}，{f}{rng.choice(tails)}"
    if kind == 2:
        return f"{rng.choice(actors)}表示：“{rng.choice(actions)}，{f}，决不走过场！”"
    if kind == 3:
        return f"{rng.choice(places)}、{rng.choice(places)}两地{rng.choice(actions)}（{rng.choice(dates)}），{rng.choice(english)}；{f}{rng.choice(tails)}"
    if kind == 4:
        return f"据悉，{rng.choice(actors)}{rng.choice(fullwidth)}{rng.choice(actions)}，共{f}，举报电话0571-8765{rng.randint(1000, 9999)}。"
    return f"{rng.choice(dates)}{rng.choice(places)}{rng.choice(english)}{rng.choice(actions)}{rng.choice(tails)}{rng.choice(tails)}{f}"

for i in range(240):
    print(sentence(i))
