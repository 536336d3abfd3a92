"""Application forms (申请表) of the demo catalogue, by item name: fields bound to the hall's data elements
(DataElement in the kernel) or the item's own, and rules across fields. Who applies (name and identity number,
or the company's name and credit code) comes from the sign-in and is not asked here.

E(name, element, required=True, label="", hint="") is a field bound to a data element;
O(name, label, type, required=True, options=(), hint="", max_length=0) is the item's own field;
R(kind, field, other, value="") a rule (REQUIRED_IF, NOT_BEFORE, NOT_MORE_THAN).
"""


def E(name, element, required=True, label="", hint=""):
    return {"name": name, "element": element, "label": label, "required": required, "hint": hint}


def O(name, label, type, required=True, options=(), hint="", max_length=0):
    return {"name": name, "label": label, "type": type, "required": required, "options": list(options),
            "hint": hint, "maxLength": max_length}


def R(kind, field, other, value=""):
    return {"kind": kind, "field": field, "other": other, "value": value}


CONTACT = [E("contactPerson", "CONTACT_PERSON"), E("contactPhone", "CONTACT_PHONE")]
MOBILE = [E("mobile", "MOBILE", hint="办理进度和结果通过短信告知")]
ADDRESS = [E("residentialAddress", "RESIDENTIAL_ADDRESS")]
COMPANY = [E("companyName", "COMPANY_NAME"), E("legalRepresentative", "LEGAL_REPRESENTATIVE")]
BANK = [O("bankName", "开户银行", "TEXT"), O("bankAccount", "银行账号", "TEXT", max_length=30)]

FORMS = {
    # 开办企业一件事
    "有限责任公司设立登记": [
        E("companyName", "COMPANY_NAME", hint="名称须经名称自主申报，含行政区划、字号、行业和组织形式"),
        O("companyType", "公司类型", "CHOICE", options=("有限责任公司（自然人独资）", "有限责任公司（自然人投资或控股）",
                                                      "有限责任公司（国有独资）", "其他有限责任公司")),
        E("registeredAddress", "REGISTERED_ADDRESS"), E("addressCode", "ADDRESS_CODE", required=False,
                                                      hint="从标准地址库选择后自动填写"),
        E("registeredCapital", "REGISTERED_CAPITAL"), E("businessScope", "BUSINESS_SCOPE"),
        E("legalRepresentative", "LEGAL_REPRESENTATIVE"), E("legalRepresentativeId", "LEGAL_REPRESENTATIVE_ID"),
        O("shareholders", "股东及出资情况", "LONG_TEXT", hint="每行一位股东：姓名或名称、出资额（万元）、出资方式、出资期限"),
        O("operatingTerm", "营业期限", "CHOICE", options=("长期", "20年", "10年")),
        E("employees", "EMPLOYEES"), *CONTACT],
    "公章刻制备案": [*COMPANY,
        O("sealCount", "印章枚数", "NUMBER", hint="首套印章（公章、财务章、发票章、合同章、法定代表人名章）免费"),
        O("sealMaker", "刻章企业", "CHOICE", options=("上海市印章有限公司", "浦东新区印章服务中心", "就近刻章点")),
        O("pickup", "领取方式", "CHOICE", options=("邮寄", "窗口领取"))],
    "新办纳税人涉税事项办理（发票申领）": [*COMPANY,
        O("invoiceKind", "发票种类", "CHOICE", options=("数电发票（普通发票）", "数电发票（增值税专用发票）")),
        O("monthlyInvoiceLimit", "月开票额度（万元）", "NUMBER"), O("taxpayerKind", "纳税人类型", "CHOICE",
                                                                 options=("小规模纳税人", "一般纳税人")),
        O("accountant", "办税人员", "TEXT"), E("accountantMobile", "MOBILE", label="办税人员手机号码"), *CONTACT],
    "单位参保登记": [*COMPANY, E("employees", "EMPLOYEES"), *BANK,
        O("firstPayMonth", "首次缴费年月", "DATE", hint="填写当月1日，如 2026-12-01"), *CONTACT],
    "单位住房公积金缴存登记": [*COMPANY, E("employees", "EMPLOYEES"),
        O("depositRate", "单位缴存比例", "CHOICE", options=("5%", "6%", "7%")), *BANK, *CONTACT],
    # 新生儿出生一件事
    "出生医学证明签发": [O("babyName", "新生儿姓名", "TEXT", max_length=50), O("babyGender", "新生儿性别", "CHOICE",
                                                                       options=("男", "女")),
        O("birthDay", "出生日期", "DATE"), O("birthHospital", "出生医院", "TEXT"),
        O("motherName", "母亲姓名", "TEXT", max_length=50), O("fatherName", "父亲姓名", "TEXT", required=False, max_length=50),
        *MOBILE],
    "出生登记（户口申报）": [O("babyName", "新生儿姓名", "TEXT", max_length=50), O("birthDay", "出生日期", "DATE"),
        E("householdAddress", "HOUSEHOLD_ADDRESS", label="随迁户口所在地址"),
        O("householder", "户主姓名", "TEXT", max_length=50), O("relation", "与户主关系", "CHOICE",
                                                          options=("子", "女", "孙子", "孙女", "其他")), *MOBILE],
    "城乡居民基本医疗保险参保登记": [O("insuredName", "参保人姓名", "TEXT", max_length=50),
        O("insuredKind", "参保人员类别", "CHOICE", options=("少儿", "中小学生", "大学生", "老年居民", "其他居民")),
        E("residentialAddress", "RESIDENTIAL_ADDRESS"), *MOBILE],
    "社会保障卡申领": [O("cardHolder", "持卡人姓名", "TEXT", max_length=50),
        O("bank", "合作银行", "CHOICE", options=("工商银行", "建设银行", "农业银行", "交通银行", "上海银行")),
        O("delivery", "领卡方式", "CHOICE", options=("邮寄", "网点领取")),
        E("postalAddress", "RESIDENTIAL_ADDRESS", label="邮寄地址", required=False), E("postalCode", "POSTAL_CODE",
                                                                                    required=False),
        *MOBILE],
    # 身后一件事
    "死亡医学证明签发": [O("deceasedName", "逝者姓名", "TEXT", max_length=50), O("deceasedId", "逝者身份证号码", "TEXT",
                                                                       max_length=18),
        O("deathDay", "死亡日期", "DATE"), O("deathPlace", "死亡地点", "CHOICE", options=("医院", "家中", "其他")),
        O("relation", "申请人与逝者关系", "CHOICE", options=("配偶", "子女", "父母", "其他亲属")), *MOBILE],
    "遗体火化及火化证明": [O("deceasedName", "逝者姓名", "TEXT", max_length=50), O("deathDay", "死亡日期", "DATE"),
        O("funeralHome", "殡仪馆", "CHOICE", options=("龙华殡仪馆", "宝兴殡仪馆", "益善殡仪馆")),
        O("cremationDay", "火化日期", "DATE"), *MOBILE],
    "死亡户口注销": [O("deceasedName", "逝者姓名", "TEXT", max_length=50), O("deceasedId", "逝者身份证号码", "TEXT",
                                                                     max_length=18),
        O("deathDay", "死亡日期", "DATE"), E("householdAddress", "HOUSEHOLD_ADDRESS", label="逝者户口所在地址"), *MOBILE],
    "丧葬补助金和抚恤金申领": [O("deceasedName", "逝者姓名", "TEXT", max_length=50), O("deathDay", "死亡日期", "DATE"),
        O("relation", "申请人与逝者关系", "CHOICE", options=("配偶", "子女", "父母", "其他亲属")), *BANK, *MOBILE],
    # 社会投资工程建设项目审批一件事
    "企业投资项目备案": [*COMPANY, O("projectName", "项目名称", "TEXT"), E("projectAddress", "REGISTERED_ADDRESS",
                                                                    label="建设地点"),
        O("totalInvestment", "总投资（万元）", "NUMBER"), O("startDay", "计划开工日期", "DATE"),
        O("completionDay", "计划竣工日期", "DATE"), O("scale", "建设规模及内容", "LONG_TEXT"), *CONTACT],
    "建设工程规划许可证核发": [*COMPANY, O("projectName", "项目名称", "TEXT"),
        E("projectAddress", "REGISTERED_ADDRESS", label="建设地点"), O("floorArea", "总建筑面积（平方米）", "NUMBER"),
        O("landArea", "用地面积（平方米）", "NUMBER"), O("designer", "设计单位", "TEXT"), *CONTACT],
    "建设项目环境影响报告表审批": [*COMPANY, O("projectName", "项目名称", "TEXT"),
        O("industry", "行业类别", "TEXT"), O("emissions", "主要污染物及排放去向", "LONG_TEXT"),
        O("assessor", "环评编制单位", "TEXT"), *CONTACT],
    "建筑工程施工许可证核发": [*COMPANY, O("projectName", "项目名称", "TEXT"),
        O("contractPrice", "合同价格（万元）", "NUMBER"), O("contractor", "施工单位", "TEXT"),
        O("supervisor", "监理单位", "TEXT", required=False), O("startDay", "计划开工日期", "DATE"),
        O("completionDay", "计划竣工日期", "DATE"), *CONTACT],
    # 开餐馆一件事
    "食品经营许可": [*COMPANY, E("premises", "REGISTERED_ADDRESS", label="经营场所"),
        O("businessKinds", "经营项目", "CHOICE", options=("热食类食品制售", "冷食类食品制售", "糕点类食品制售", "自制饮品制售")),
        O("area", "经营场所面积（平方米）", "NUMBER"), O("foodSafetyOfficer", "食品安全管理员", "TEXT"), *CONTACT],
    "城镇污水排入排水管网许可": [*COMPANY, E("premises", "REGISTERED_ADDRESS", label="排水户地址"),
        O("dailyDischarge", "日排水量（立方米）", "NUMBER"), O("greaseTrap", "是否设置隔油设施", "BOOLEAN"), *CONTACT],
    "公共场所卫生许可": [*COMPANY, E("premises", "REGISTERED_ADDRESS", label="经营场所"),
        O("venueKind", "场所类别", "CHOICE", options=("餐饮场所", "住宿场所", "美容美发场所", "游泳场所")),
        O("area", "营业面积（平方米）", "NUMBER"), O("staffWithHealthCertificates", "持健康证明的从业人员数", "NUMBER"),
        E("employees", "EMPLOYEES", label="从业人员总数"), *CONTACT],
    # 结婚一件事
    "婚前医学检查": [O("partnerName", "另一方姓名", "TEXT", max_length=50), O("partnerId", "另一方身份证号码", "TEXT",
                                                                   max_length=18),
        O("clinic", "检查机构", "CHOICE", options=("区妇幼保健院", "市第一妇婴保健院", "社区卫生服务中心")),
        O("appointmentDay", "预约日期", "DATE"), *MOBILE],
    "结婚登记": [O("partnerName", "另一方姓名", "TEXT", max_length=50), O("partnerId", "另一方身份证号码", "TEXT",
                                                               max_length=18),
        E("maritalStatus", "MARITAL_STATUS", label="本人婚姻状况"), O("registry", "登记机关", "CHOICE",
                                                                   options=("浦东新区婚姻登记处", "黄浦区婚姻登记处", "徐汇区婚姻登记处")),
        O("appointmentDay", "预约登记日期", "DATE"), *MOBILE],
    "户口迁移（投靠配偶）": [O("spouseName", "配偶姓名", "TEXT", max_length=50), O("marriageDay", "结婚登记日期", "DATE"),
        E("householdAddress", "HOUSEHOLD_ADDRESS", label="迁入地址"), O("householder", "迁入户户主姓名", "TEXT",
                                                                   max_length=50), *MOBILE],
    # 退休一件事
    "基本养老保险待遇申领（退休）": [O("retirementDay", "退休日期", "DATE"),
        O("lastEmployer", "最后参保单位", "TEXT"), *BANK, *MOBILE],
    "住房公积金提取（离休退休）": [O("retirementDay", "退休日期", "DATE"), O("withdrawAmount", "提取金额（元）", "NUMBER",
                                                                          required=False, hint="不填写即提取全部余额"),
        *BANK, *MOBILE],
    "老年综合津贴申领": [E("householdAddress", "HOUSEHOLD_ADDRESS"), E("residentialAddress", "RESIDENTIAL_ADDRESS"),
        *BANK, *MOBILE],
    # 其他常办事项
    "个人所得税综合所得汇算清缴": [O("taxYear", "所属年度", "CHOICE", options=("2025", "2024")),
        O("refundBank", "退税银行账户", "TEXT", required=False, max_length=30), *MOBILE],
    "居民身份证换领": [O("reason", "换领原因", "CHOICE", options=("有效期满", "证件损坏", "登记项目变更")),
        O("pickup", "领证方式", "CHOICE", options=("邮寄", "窗口领取")),
        E("postalAddress", "RESIDENTIAL_ADDRESS", label="邮寄地址", required=False), *MOBILE],
    "居民身份证申领": [O("reason", "申领原因", "CHOICE", options=("首次申领", "年满16周岁", "恢复户口")),
        E("householdAddress", "HOUSEHOLD_ADDRESS"), *MOBILE],
    "居民身份证补领": [O("lostDay", "遗失日期", "DATE"), O("pickup", "领证方式", "CHOICE", options=("邮寄", "窗口领取")),
        E("postalAddress", "RESIDENTIAL_ADDRESS", label="邮寄地址", required=False), *MOBILE],
    "住房公积金提取（租赁自住住房）": [O("rentalAddress", "租赁住房地址", "TEXT"), O("monthlyRent", "月租金（元）", "NUMBER"),
        O("leaseStart", "租赁起始日期", "DATE"), O("leaseEnd", "租赁终止日期", "DATE"), *BANK, *MOBILE],
    "住房公积金提取（购买自住住房）": [O("houseAddress", "房屋坐落", "TEXT"), O("purchasePrice", "购房总价（万元）", "NUMBER"),
        O("withdrawAmount", "提取金额（万元）", "NUMBER"), *BANK, *MOBILE],
    "住房公积金提取（偿还贷款）": [O("loanBank", "贷款银行", "TEXT"), O("withdrawAmount", "提取金额（元）", "NUMBER"),
        *BANK, *MOBILE],
    "不动产登记资料查询": [O("purpose", "查询目的", "CHOICE", options=("本人不动产", "诉讼", "继承")),
        O("propertyAddress", "不动产坐落", "TEXT"), *MOBILE],
    "义务教育阶段入学登记（小学）": [O("childName", "适龄儿童姓名", "TEXT", max_length=50), O("childId", "适龄儿童身份证号码",
                                                                                 "TEXT", max_length=18),
        E("householdAddress", "HOUSEHOLD_ADDRESS", label="户籍地址"), E("residentialAddress", "RESIDENTIAL_ADDRESS"),
        O("school", "意向学校", "TEXT", required=False), *MOBILE],
    "义务教育阶段入学登记（初中）": [O("childName", "学生姓名", "TEXT", max_length=50), O("primarySchool", "就读小学", "TEXT"),
        E("residentialAddress", "RESIDENTIAL_ADDRESS"), *MOBILE],
    "异地就医备案": [O("kind", "备案类型", "CHOICE", options=("异地长期居住", "常驻异地工作", "异地转诊", "临时外出就医")),
        O("destination", "就医地", "TEXT"), O("from", "备案开始日期", "DATE"), O("until", "备案结束日期", "DATE",
                                                                          required=False), *MOBILE],
    "机动车驾驶证换证": [O("licenceNumber", "驾驶证档案编号", "TEXT", max_length=12), O("pickup", "领证方式", "CHOICE",
                                                                        options=("邮寄", "窗口领取")),
        E("postalAddress", "RESIDENTIAL_ADDRESS", label="邮寄地址", required=False), *MOBILE],
    "普通护照签发": [O("reason", "申请类别", "CHOICE", options=("首次申请", "换发", "补发")),
        O("destination", "前往国家或地区", "TEXT"), E("emergencyContact", "CONTACT_PERSON", label="紧急联系人"),
        E("emergencyPhone", "CONTACT_PHONE", label="紧急联系人电话"), *MOBILE],
    "无犯罪记录证明开具": [O("purpose", "开具用途", "CHOICE", options=("就业", "出国（境）", "入学", "其他")),
        O("period", "查询期间", "CHOICE", options=("在本市居住期间", "近五年")), *MOBILE],
    "国有建设用地使用权及房屋所有权转移登记（二手房买卖）": [O("propertyAddress", "不动产坐落", "TEXT"),
        O("certificateNumber", "不动产权证书号", "TEXT"), O("price", "成交价格（万元）", "NUMBER"),
        O("sellerName", "卖方姓名", "TEXT", max_length=50), O("sellerId", "卖方身份证号码", "TEXT", max_length=18), *MOBILE],
    "生育登记": [O("spouseName", "配偶姓名", "TEXT", max_length=50), O("spouseId", "配偶身份证号码", "TEXT", max_length=18),
        O("childOrder", "生育子女数", "CHOICE", options=("一孩", "二孩", "三孩及以上")),
        O("dueDay", "预产期", "DATE", required=False), *MOBILE],
    "失业保险金申领": [O("lastEmployer", "原工作单位", "TEXT"), O("leaveDay", "离职日期", "DATE"),
        O("reason", "离职原因", "CHOICE", options=("劳动合同期满", "单位解除劳动合同", "单位破产", "其他非本人意愿原因")),
        *BANK, *MOBILE],
    "社会保险关系转移接续": [O("fromRegion", "转出地", "TEXT"), O("toRegion", "转入地", "TEXT"),
        O("insurance", "转移险种", "CHOICE", options=("养老保险", "医疗保险", "养老和医疗保险")), *MOBILE],
    "消费投诉处理": [O("seller", "被投诉经营者", "TEXT"), E("sellerAddress", "REGISTERED_ADDRESS", label="经营者地址",
                                                            required=False),
        O("purchaseDay", "消费日期", "DATE"), O("amount", "涉及金额（元）", "NUMBER", required=False),
        O("complaint", "投诉内容", "LONG_TEXT", max_length=2000), O("request", "诉求", "TEXT"), *MOBILE],
    "企业年度报告公示": [*COMPANY, O("reportYear", "报告年度", "CHOICE", options=("2025", "2024")),
        E("employees", "EMPLOYEES"), O("revenue", "营业总收入（万元）", "NUMBER"), O("tax", "纳税总额（万元）", "NUMBER"),
        O("website", "网站或网店网址", "TEXT", required=False), *CONTACT],
    "增值税申报": [*COMPANY, O("period", "所属期", "TEXT", hint="如 2026-11"), O("sales", "销售额（元）", "NUMBER"),
        O("outputTax", "销项税额（元）", "NUMBER"), O("inputTax", "进项税额（元）", "NUMBER"), *CONTACT],
    "职工参保登记（增员）": [*COMPANY, O("employeeName", "职工姓名", "TEXT", max_length=50),
        O("employeeId", "职工身份证号码", "TEXT", max_length=18), O("wage", "月缴费工资（元）", "NUMBER"),
        O("startMonth", "参保起始年月", "DATE"), *CONTACT],
    "住房公积金个人账户设立": [*COMPANY, O("employeeName", "职工姓名", "TEXT", max_length=50),
        O("employeeId", "职工身份证号码", "TEXT", max_length=18), O("base", "缴存基数（元）", "NUMBER"), *CONTACT],
    "企业所得税年度汇算清缴": [*COMPANY, O("taxYear", "所属年度", "CHOICE", options=("2025", "2024")),
        O("profit", "利润总额（万元）", "NUMBER"), O("taxPayable", "应纳所得税额（万元）", "NUMBER"), *CONTACT],
    "个人所得税专项附加扣除填报": [O("taxYear", "扣除年度", "CHOICE", options=("2026", "2027")),
        O("kinds", "扣除项目", "CHOICE", options=("子女教育", "继续教育", "住房贷款利息", "住房租金", "赡养老人", "3岁以下婴幼儿照护")),
        O("employer", "扣缴义务人（任职单位）", "TEXT"), *MOBILE],
    "往来港澳通行证及签注签发": [O("kind", "申请类别", "CHOICE", options=("首次申请", "换发", "补发")),
        O("endorsement", "签注种类", "CHOICE", options=("个人旅游", "探亲", "商务", "逗留")), *MOBILE],
    "港澳签注再签": [O("permitNumber", "通行证号码", "TEXT", max_length=12), O("endorsement", "签注种类", "CHOICE",
                                                                        options=("个人旅游一次", "个人旅游二次", "探亲")),
        *MOBILE],
    "就业登记": [O("employer", "用人单位", "TEXT"), O("employerCode", "用人单位统一社会信用代码", "TEXT", max_length=18),
        O("startDay", "入职日期", "DATE"), O("contractEnd", "劳动合同终止日期", "DATE", required=False), *MOBILE],
    "社会保障卡补换": [O("reason", "补换原因", "CHOICE", options=("遗失", "损坏", "信息变更")),
        O("delivery", "领卡方式", "CHOICE", options=("邮寄", "网点领取")),
        E("postalAddress", "RESIDENTIAL_ADDRESS", label="邮寄地址", required=False), *MOBILE],
    "居住登记": [E("residentialAddress", "RESIDENTIAL_ADDRESS"), O("since", "入住日期", "DATE"),
        O("housing", "住所类型", "CHOICE", options=("租赁", "自有", "单位宿舍", "借住")), *MOBILE],
    "居住证申领": [E("residentialAddress", "RESIDENTIAL_ADDRESS"), O("since", "居住登记日期", "DATE"),
        O("employer", "就业单位", "TEXT", required=False), *MOBILE],
    "医疗费用零星报销": [O("hospital", "就诊医院", "TEXT"), O("visitDay", "就诊日期", "DATE"),
        O("amount", "医疗费用总额（元）", "NUMBER"), *BANK, *MOBILE],
    "住房租赁合同网签备案": [O("rentalAddress", "租赁房屋坐落", "TEXT"), O("landlord", "出租人姓名", "TEXT", max_length=50),
        O("monthlyRent", "月租金（元）", "NUMBER"), O("leaseStart", "租赁起始日期", "DATE"), O("leaseEnd", "租赁终止日期", "DATE"),
        *MOBILE],
}

RULES = {
    "企业投资项目备案": [R("NOT_BEFORE", "completionDay", "startDay")],
    "建筑工程施工许可证核发": [R("NOT_BEFORE", "completionDay", "startDay")],
    "住房公积金提取（租赁自住住房）": [R("NOT_BEFORE", "leaseEnd", "leaseStart")],
    "住房公积金提取（购买自住住房）": [R("NOT_MORE_THAN", "withdrawAmount", "purchasePrice")],
    "异地就医备案": [R("NOT_BEFORE", "until", "from")],
    "遗体火化及火化证明": [R("NOT_BEFORE", "cremationDay", "deathDay")],
    "社会保障卡申领": [R("REQUIRED_IF", "postalAddress", "delivery", "邮寄")],
    "居民身份证换领": [R("REQUIRED_IF", "postalAddress", "pickup", "邮寄")],
    "居民身份证补领": [R("REQUIRED_IF", "postalAddress", "pickup", "邮寄")],
    "机动车驾驶证换证": [R("REQUIRED_IF", "postalAddress", "pickup", "邮寄")],
    "公共场所卫生许可": [R("NOT_MORE_THAN", "staffWithHealthCertificates", "employees")],
    "住房租赁合同网签备案": [R("NOT_BEFORE", "leaseEnd", "leaseStart")],
    "社会保障卡补换": [R("REQUIRED_IF", "postalAddress", "delivery", "邮寄")],
}


def form(name):
    fields = FORMS.get(name)
    if fields is None:
        return None
    out = []
    for f in fields:
        field = {k: v for k, v in f.items() if v not in ("", (), [], 0, None)}
        field["required"] = f["required"]
        out.append(field)
    return {"fields": out, "rules": RULES.get(name, [])}
