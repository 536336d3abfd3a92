#!/usr/bin/env python3
"""Writes src/main/resources/catalog/demo/catalogue.json, the demo catalogue of a Shanghai-like city, from
items.py (every item, department by department), guides.py (the complete guides) and forms.py (the
application forms), in the format of
docs/catalogue-format.md. Deterministic: run it again after editing the tables.

Usage: python3 tools/catalogue/demo.py > src/main/resources/catalog/demo/catalogue.json
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from items import ITEMS  # noqa: E402
from guides import GUIDES  # noqa: E402
from forms import form  # noqa: E402

TYPES = {"XK": "ADMINISTRATIVE_LICENSING", "QR": "ADMINISTRATIVE_CONFIRMATION", "JF": "ADMINISTRATIVE_PAYMENT",
         "JC": "ADMINISTRATIVE_INSPECTION", "CJ": "ADMINISTRATIVE_ADJUDICATION", "JL": "ADMINISTRATIVE_REWARD",
         "QT": "OTHER_ADMINISTRATIVE_POWER", "GG": "PUBLIC_SERVICE"}
DEPTHS = {1: "INFORMATION", 2: "PRE_REVIEW", 3: "ONLINE_ACCEPTANCE", 4: "FULLY_ONLINE"}
PERSONAL = set("生育收养 户籍办理 教育科研 入伍服役 就业创业 婚姻登记 优待抚恤 住房保障 社会保障 证件办理 交通出行 出境入境 "
               "医疗卫生 司法公证 离职退休 死亡殡葬 民政救助 文化体育 公用事业".split())
BUSINESS = set("设立变更 准营准办 资质认定 税收财务 人力资源 法人社保 投资审批 工程建设 土地房产 环保绿化 安全生产 交通运输 "
               "商务贸易 知识产权 医疗卫生 注销清算".split())
TOPICS = {"SCJG": "市场主体登记", "PDSCJG": "浦东新区“一业一证”", "SWJ": "税费服务", "GAJ": "户政与出入境", "RSJ": "就业与社会保险",
          "ZJW": "住房与建设", "GHZY": "不动产与规划", "WJW": "卫生健康", "MZJ": "婚姻与社会救助", "STHJ": "生态环境",
          "JTW": "交通出行", "JYW": "教育入学", "YBJ": "医疗保障", "GJJ": "住房公积金", "SFJ": "法律服务", "WLJ": "文化旅游",
          "SWW": "商务贸易", "SWJ2": "水务与绿化", "YJJ": "安全生产", "FGW": "投资项目", "CZJ": "财政会计"}
PHONES = {code: "021-2%03d%04d" % (100 + i, 1234 + 7 * i) for i, code in enumerate(TOPICS)}
FEES = {
    ("XK00301002", "00"): ("换领居民身份证每证20元", "《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》"),
    ("XK00301003", "00"): ("补领居民身份证每证40元", "《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》"),
    ("XK00301004", "00"): ("临时居民身份证每证10元", "《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》"),
    ("XK00303001", "00"): ("普通护照每本120元", "《国家发展改革委 财政部关于调整护照和往来港澳通行证收费标准的通知》"),
    ("XK00303002", "00"): ("往来港澳通行证（电子）每证60元，签注每次15元", "《国家发展改革委 财政部关于调整护照和往来港澳通行证收费标准的通知》"),
    ("XK00303003", "00"): ("往来台湾通行证每证60元，签注每次15元", "《国家发展改革委 财政部关于出入境证件收费标准的通知》"),
    ("XK00304001", "00"): ("机动车号牌工本费每副100元", "《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》"),
    ("XK00304004", "00"): ("驾驶证工本费每证10元", "《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》"),
}
STEPS = {
    "immediate": [("申请", "在一网通办或窗口提交申请，信息由共享数据自动填写", "即时"), ("办结", "材料齐全的当场办结", "即时")],
    "online": [("网上申请", "登录一网通办填写申请，上传或调用电子材料", "即时"), ("受理", "审核材料，不齐全的一次性告知补正", "1个工作日"),
               ("审查决定", "依法审查并作出决定", "承诺时限内"), ("送达", "电子证照即时推送，纸质结果可免费邮寄", "1个工作日")],
    "counter": [("预约", "在一网通办预约办理时间", "即时"), ("窗口受理", "到窗口提交材料", "即时"),
                ("审查决定", "依法审查并作出决定", "承诺时限内"), ("领取结果", "窗口领取或免费邮寄", "即时")],
}


def limit(value, note):
    return {"value": value, "unit": "WORKING_DAYS", "note": note}


def guide(department, key, promised, visits, depth):
    spec = GUIDES.get(key)
    if spec is None:
        return None
    material = lambda m: {
        "name": m[0], "kind": {"O": "ORIGINAL", "C": "COPY", "E": "ELECTRONIC"}[m[1]],
        "form": "ELECTRONIC" if m[1] == "E" else "PAPER",
        "required": "CONDITIONAL" if m[2].startswith("C:") else {"R": "REQUIRED", "O": "OPTIONAL"}[m[2]],
        "condition": m[2][2:] if m[2].startswith("C:") else "",
        "source": {"A": "APPLICANT", "G": "ISSUED_BY_GOVERNMENT", "S": "SHARED_DATA"}[m[3][0]],
        "sourceDetail": m[3][2:], "copies": m[4], "blankForm": m[5], "sample": m[6],
        "notes": "可调用电子证照或共享数据，无需提交纸质件" if m[3][0] in "GS" else ("须本人签字" if m[5] else ""),
        "basis": spec["basis"][0],
        "fileFormats": ["pdf", "ofd"] if m[5] else ["pdf", "ofd", "jpg", "png"],
        "maxSizeMb": 10 if m[5] else 5}
    steps = spec.get("steps") or STEPS["immediate" if promised == 0 else ("online" if visits == 0 else "counter")]
    return {
        "basis": spec["basis"], "conditions": spec["conditions"],
        "materials": [material(m) for m in spec["materials"]],
        "steps": [{"name": s[0], "description": s[1], "timeLimit": s[2]} for s in steps],
        "specialProcedures": [{"name": p[0], "time": p[1], "basis": p[2], "countsTowardLimit": p[3]}
                              for p in spec.get("special", [])],
        "location": ("浦东新区企业服务中心（合欢路2号）一楼综合窗口" if department == "PDSCJG"
                     else "市民服务中心（世纪大道100号）一楼综合窗口，或就近的街镇社区事务受理服务中心"),
        "hours": "周一至周五 9:00-17:00（法定节假日除外），周六上午 9:00-12:00 提供预约服务",
        "consultation": "12345市民服务热线；%s；一网通办在线咨询" % PHONES[department],
        "supervision": "12345市民服务热线；市政府办公厅效能督查处 021-63210000；一网通办“好差评”",
        "result": {"type": spec["result"][0], "name": spec["result"][1]},
        "quantityLimit": "无数量限制", "intermediary": "无",
        "commitment": ("材料齐全、符合法定形式的，当场办结" if promised == 0 else
                       "材料齐全、符合法定形式的，%d个工作日内办结；%s" % (promised, "全程网办，零跑动" if visits == 0 else "最多跑一次")),
        "faqs": [{"question": q, "answer": a} for q, a in spec["faqs"]]}


def main():
    items, problems = [], []
    for department, rows in ITEMS.items():
        for basic, handling, name, type_code, who, events, keywords, usage, legal, promised, visits, depth in rows:
            audiences = {"P": ["NATURAL_PERSON"], "L": ["LEGAL_PERSON"], "PL": ["LEGAL_PERSON", "NATURAL_PERSON"]}[who]
            allowed = PERSONAL if who == "P" else BUSINESS if who == "L" else PERSONAL | BUSINESS
            for e in events:
                if e not in allowed:
                    problems.append("%s %s: life event %s not for %s" % (basic, name, e, who))
            if not basic.startswith(type_code):
                problems.append("%s: type %s" % (basic, type_code))
            immediate = promised == 0 and legal == 0
            fee = FEES.get((basic, handling))
            items.append({
                "basicCode": basic, "handlingCode": handling, "department": department,
                "divisionCode": "310115" if department == "PDSCJG" else "310000",
                "monthlyApplications": usage, "name": name, "type": TYPES[type_code],
                "level": "COUNTY" if department == "PDSCJG" else "MUNICIPAL", "audiences": audiences,
                "caseType": "IMMEDIATE" if immediate else "PROMISED",
                "legalLimit": limit(legal, "即办" if immediate else "自受理之日起"),
                "promisedLimit": limit(promised, "即办" if promised == 0 else "自受理之日起"),
                "visits": visits, "onlineDepth": DEPTHS[depth],
                "fee": {"charged": fee is not None, "standard": fee[0] if fee else "", "basis": fee[1] if fee else ""},
                "lifeEvents": events, "topics": [TOPICS[department]], "keywords": keywords,
                "guide": guide(department, (basic, handling), promised, visits, depth), "form": form(name)})
    codes = {}
    for i in items:
        key = (i["department"], i["basicCode"], i["handlingCode"])
        if key in codes:
            problems.append("duplicate %s" % (key,))
        codes[key] = i
    by_name = {i["name"]: i["basicCode"] for i in items}
    stage = lambda *names: [by_name[n] for n in names]
    bundles = [
        {"code": "YJS-KBQY", "name": "开办企业一件事", "audiences": ["LEGAL_PERSON"],
         "description": "一次申请、一表填报，营业执照、公章、发票、社保和公积金登记同步办结，全程网办，首套印章免费。",
         "promisedLimit": limit(1, "自申请之日起"),
         "stages": [stage("有限责任公司设立登记"),
                    stage("公章刻制备案", "新办纳税人涉税事项办理（发票申领）", "单位参保登记", "单位住房公积金缴存登记")]},
        {"code": "YJS-XSECS", "name": "新生儿出生一件事", "audiences": ["NATURAL_PERSON"],
         "description": "宝宝出生后，出生医学证明、户口登记、医保参保和社保卡一次申请，信息共享，不用重复跑。",
         "promisedLimit": limit(10, "自申请之日起"),
         "stages": [stage("出生医学证明签发"), stage("出生登记（户口申报）"),
                    stage("城乡居民基本医疗保险参保登记", "社会保障卡申领")]},
        {"code": "YJS-SHYJS", "name": "身后一件事", "audiences": ["NATURAL_PERSON"],
         "description": "亲人离世后，死亡证明、火化、户口注销、丧葬补助和抚恤金申领一次办理，减少家属奔波。",
         "promisedLimit": limit(20, "自申请之日起"),
         "stages": [stage("死亡医学证明签发"), stage("遗体火化及火化证明"),
                    stage("死亡户口注销", "丧葬补助金和抚恤金申领")]},
        {"code": "YJS-GCJSXM", "name": "社会投资工程建设项目审批一件事", "audiences": ["LEGAL_PERSON"],
         "description": "从立项备案到施工许可，规划、用地、施工审批按阶段并联办理，一口受理、限时办结。",
         "promisedLimit": limit(30, "不含审图和专家评审时间"),
         "stages": [stage("企业投资项目备案"), stage("建设工程规划许可证核发", "建设项目环境影响报告表审批"),
                    stage("建筑工程施工许可证核发")]},
        {"code": "YJS-KCG", "name": "开餐馆一件事", "audiences": ["LEGAL_PERSON"],
         "description": "开一家餐馆所需的执照、食品经营许可、排水许可和卫生许可一次申请，告知承诺当场发证。",
         "promisedLimit": limit(5, "自申请之日起"),
         "stages": [stage("有限责任公司设立登记"),
                    stage("食品经营许可", "城镇污水排入排水管网许可", "公共场所卫生许可")]},
        {"code": "YJS-JH", "name": "结婚一件事", "audiences": ["NATURAL_PERSON"],
         "description": "婚检、结婚登记和婚后户口迁移一次预约、一次办理。",
         "promisedLimit": limit(20, "自登记之日起"),
         "stages": [stage("婚前医学检查"), stage("结婚登记"), stage("户口迁移（投靠配偶）")]},
        {"code": "YJS-TX", "name": "退休一件事", "audiences": ["NATURAL_PERSON"],
         "description": "退休时的养老金申领、医保待遇变更和公积金提取一次办理。",
         "promisedLimit": limit(10, "自申请之日起"),
         "stages": [stage("基本养老保险待遇申领（退休）"), stage("住房公积金提取（离休退休）", "老年综合津贴申领")]},
    ]
    if problems:
        sys.stderr.write("\n".join(problems) + "\n")
        sys.exit(1)
    sys.stderr.write("%d items, %d with guides, %d with forms, %d bundles\n" % (
        len(items), sum(1 for i in items if i["guide"]), sum(1 for i in items if i["form"]), len(bundles)))
    json.dump({"items": items, "bundles": bundles}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
