from core import A, F

A(stem="017_wenzhou_lucheng_epidemic", site="donghai", fmt="txt", doubled=True,
  title="鹿城区防控督导组走企业进社区 帮助解决复工难题",
  date="2020-02-12 07:58:40", source="温州日报", author="潘晓丽", author_line=None, editor="陈洁",
  byline="记者 潘晓丽 通讯员 周建", crumbs=["新闻中心", "温州", "鹿城"],
  body=["温州日报讯 “员工返岗要提前多少天报备？健康码还没申领下来怎么办？”2月10日上午，在鹿城区一家鞋服企业，面对企业负责人的提问，区疫情防控第四督导组的工作人员一一作答，并现场帮助企业对接了属地街道。",
        "连日来，鹿城区疫情防控督导组分赴各街道、镇，围绕卡口管控、小区封闭管理、企业复工准备等情况开展督导。在五马街道一个开放式小区，督导组发现个别出入口值守人员未按要求查验出入证，当即向街道反馈，要求立即调整值守力量。",
        "督导组有关负责人介绍，2月5日以来，督导组先后走访企业二十三家，深入社区、村居三十余个，发现问题十余个，均已当场反馈属地整改；针对企业复工中遇到的用工、物资等困难，向区防控指挥部提出建议8条。",
        "“督导不是挑刺，而是帮助基层把工作做得更细更实。”该负责人说，下一步，督导组将持续跟踪问题整改情况，对整改不到位的及时通报。"],
  prov="浙江省", city="温州市", county="鹿城区",
  facts=[F("entities_inspected", 23, "家", "先后走访企业二十三家", since="2020-02-05"),
         F("sites_covered", 30, "个", "深入社区、村居三十余个", since="2020-02-05", approx=True),
         F("problems_found", 10, "个", "发现问题十余个", since="2020-02-05", approx=True),
         F("suggestions_made", 8, "条", "向区防控指挥部提出建议8条", since="2020-02-05")])

A(stem="018_zibo_zhangdian_market", site="luzhong", fmt="txt", title="张店区严查哄抬物价 立案查处11起价格违法案件",
  date="2020-03-04 10:26:37", source="淄博日报", author="韩雪", editor="周静",
  body=["疫情防控期间，张店区市场监督管理局把稳定市场价格作为重要任务，围绕口罩、消毒液等防疫用品和蔬菜、肉蛋等民生商品，持续开展价格监督检查。",
        "在区内一家大型超市，执法人员逐一核对了蔬菜的进货单据和标价签，并要求超市每日报送主要民生商品的进销价格。对于群众反映的个别药店口罩价格偏高问题，执法人员当天即赶赴现场核查。",
        "截至3月2日，该局共检查各类市场主体1536家次，受理价格投诉举报217件，立案查处哄抬价格案件11起，责令整改68家，约谈经营者42人。",
        "区市场监管局提醒广大经营者，要自觉遵守价格法律法规，明码标价，诚信经营。消费者发现价格违法行为，可拨打12315热线投诉举报。"],
  prov="山东省", city="淄博市", county="张店区",
  facts=[F("entities_inspected", 1536, "家次", "共检查各类市场主体1536家次", as_of="2020-03-02"),
         F("other", 11, "起", "立案查处哄抬价格案件11起", as_of="2020-03-02", kind="cases_filed"),
         F("problems_rectified", 68, "家", "责令整改68家", as_of="2020-03-02"),
         F("other", 42, "人", "约谈经营者42人", as_of="2020-03-02", kind="interviews"),
         F("other", 217, "件", "受理价格投诉举报217件", as_of="2020-03-02", kind="complaints_received")])

P19 = ["合肥在线讯 为坚决防范建筑施工领域生产安全事故，近日，肥东县住建局会同县应急管理局组成联合督查组，对全县在建房屋建筑和市政工程项目开展安全生产专项督查。",
       "督查组重点检查了深基坑、高支模、起重机械、脚手架等危险性较大的分部分项工程，以及施工现场临时用电和消防安全管理情况。在店埠镇一处住宅项目，督查人员发现塔吊安全限位装置失灵，立即责令项目部停止塔吊作业，待检测合格后方可恢复使用。",
       "此次督查共检查在建项目64个，排查隐患275处，已整改251处，对隐患较多的4个项目下达停工整改指令，下发督办通知12期。",
       "县住建局负责人表示，将对督查发现的隐患实行闭环管理，逐条销号，对整改不力的施工企业纳入信用扣分，切实压实企业安全生产主体责任。"]
F19 = [F("entities_inspected", 64, "个", "共检查在建项目64个"),
       F("hazards_found", 275, "处", "排查隐患275处"),
       F("hazards_rectified", 251, "处", "已整改251处"),
       F("other", 4, "个", "对隐患较多的4个项目下达停工整改指令", kind="work_stopped"),
       F("notices_issued", 12, "期", "下发督办通知12期")]
A(stem="019_hefei_feidong_construction", site="jianghuai", fmt="txt", title="肥东县开展建筑施工安全专项督查",
  date="2021-04-16 09:40:02", source="合肥晚报", author="钱磊", editor="黄蓓", body=P19,
  prov="安徽省", city="合肥市", county="肥东县", facts=F19)

P20 = [P19[0].replace("合肥在线讯 ", "")] + P19[1:]
A(stem="020_feidong_construction_repost", site="wanbei", title="肥东督查在建工地 排查安全隐患275处",
  date="2021-04-16 14:12:50", source="合肥晚报", author="钱磊", editor="张莉", body=P20, gbk="none", doubled=True,
  prov="安徽省", city="合肥市", county="肥东县", facts=F19, dup="019_hefei_feidong_construction",
  crumbs=["本地新闻", "省内"])

A(stem="021_bijie_qixingguan_flood", site="qianshan", title="七星关区：汛前排查地质灾害隐患点126处",
  date="2021-05-08 18:22", source="毕节日报", author="罗敏", editor="杨帆", crumbs=["市州", "毕节"],
  body=["眼下正值主汛期来临前的关键时段，七星关区组织自然资源、水务、应急等部门组成督查组，对全区地质灾害隐患点、水库山塘、河道堤防等重点部位开展汛前安全大排查。",
        "七星关区山高坡陡，地质条件复杂，是地质灾害易发区。5月6日，督查组来到朱昌镇一处滑坡隐患点，查看了监测桩和预警喇叭的运行情况，并与群测群防员一起沿坡体巡查了一遍裂缝变化。",
        "截至5月7日，督查组共排查地质灾害隐患点126处，督查水库32座，发现问题17个，已督促整改13个。对暂不能整改到位的，督查组要求属地落实专人监测和临时避险措施，确保汛期人员安全。",
        "区防汛抗旱指挥部要求，各乡镇（街道）要严格执行汛期24小时值班值守制度，遇强降雨天气提前转移危险区域群众，坚决防止发生群死群伤事件。"],
  prov="贵州省", city="毕节市", county="七星关区",
  facts=[F("hazards_found", 126, "处", "共排查地质灾害隐患点126处", as_of="2021-05-07"),
         F("sites_covered", 32, "座", "督查水库32座", as_of="2021-05-07"),
         F("problems_found", 17, "个", "发现问题17个", as_of="2021-05-07"),
         F("problems_rectified", 13, "个", "已督促整改13个", as_of="2021-05-07")])

P22 = ["“卡点值守人员每天几班倒？过往车辆有没有逐一登记？”2月14日下午，宣汉县疫情防控督查组来到南坝镇入口卡点，一边翻看登记台账，一边询问值守人员。",
       "宣汉县辖54个乡镇，人口多、地域广，防控任务繁重。1月28日以来，县委、县政府抽调县纪委监委、县委督查室、县政府督查室等单位骨干，组建疫情防控督查组，采取“四不两直”方式深入乡镇、村社和重点场所开展督查。",
       "督查中，督查组紧盯卡点管控、居家隔离、农村聚集性活动等薄弱环节，对发现的问题现场交办、限时整改。截至2月15日，督查组实现54个乡镇督查全覆盖，发现问题136个，已整改到位127个，下发督查通报3期、督办通知9期。",
       "督查组还注重总结推广基层好的经验做法，围绕返岗人员管理、农贸市场管控等提出建议30余条，多数已被县防控指挥部采纳。"]
F22 = [F("sites_covered", 54, "个", "实现54个乡镇督查全覆盖", as_of="2020-02-15"),
       F("problems_found", 136, "个", "发现问题136个", as_of="2020-02-15"),
       F("problems_rectified", 127, "个", "已整改到位127个", as_of="2020-02-15"),
       F("notices_issued", 3, "期", "下发督查通报3期", as_of="2020-02-15"),
       F("notices_issued", 9, "期", "督办通知9期", as_of="2020-02-15"),
       F("suggestions_made", 30, "条", "提出建议30余条", approx=True)]
A(stem="022_dazhou_xuanhan_epidemic", site="bashan", title="宣汉县疫情防控督查实现54个乡镇全覆盖",
  date="2020-02-16 11:35:12", source="巴山日报", author="冉小军", editor="何丽", body=P22, gbk="meta",
  prov="四川省", city="达州市", county="宣汉县", facts=F22, crumbs=["区县动态", "宣汉"])

A(stem="023_xuanhan_epidemic_repost", site="qinba", fmt="txt", title="四川宣汉：督查组直插卡点查防控",
  date="2020-02-17 09:02:41", source="巴山日报", author="冉小军", editor="赵文", gbk="none",
  body=P22, prov="四川省", city="达州市", county="宣汉县", facts=F22, dup="022_dazhou_xuanhan_epidemic",
  crumbs=["川陕新闻"])

A(stem="024_loudi_xinhua_festival_discipline", site="xiangzhong", show_meta=False,
  title="新化县紧盯节点纠“四风” 中秋国庆期间问责5人",
  date="2021-10-09", source=None, author=None, editor="刘芳", crumbs=["新闻", "部门"],
  body=["中秋、国庆假期前后，新化县纪委监委紧盯“四风”问题易发多发的关键节点，组织开展节日期间正风肃纪专项监督检查。",
        "县纪委监委组成6个暗访组，采取随机抽查、蹲点守候、调阅资料等方式，重点检查公车私用、违规收送礼品礼金、违规吃喝等问题。暗访组还深入县城部分餐饮酒店、商场超市，查看是否存在公款消费情况。",
        "据统计，9月15日至10月8日，全县共开展明察暗访15轮，检查单位87家，发现问题19个，问责5人，其中给予党纪处分2人。",
        "县纪委监委有关负责人表示，将对查实的问题一律严肃处理并点名道姓通报曝光，持续释放越往后执纪越严的强烈信号。"],
  prov="湖南省", city="娄底市", county="新化县",
  facts=[F("inspections", 15, "轮", "全县共开展明察暗访15轮", since="2021-09-15", as_of="2021-10-08"),
         F("entities_inspected", 87, "家", "检查单位87家", since="2021-09-15", as_of="2021-10-08"),
         F("problems_found", 19, "个", "发现问题19个", since="2021-09-15", as_of="2021-10-08"),
         F("people_held_accountable", 5, "人", "问责5人", since="2021-09-15", as_of="2021-10-08"),
         F("people_held_accountable", 2, "人", "其中给予党纪处分2人", since="2021-09-15", as_of="2021-10-08")])

A(stem="025_weifang_qingzhou_school_food", site="yuandu", doubled=True,
  title="青州对全市学校食堂开展开学季食品安全检查",
  date="2021-09-06 16:45", source="青州市市场监督管理局", author="张海燕", editor="孙倩", crumbs=["县市区", "青州"],
  body=["新学期伊始，青州市市场监督管理局联合市教育和体育局，对全市中小学、幼儿园食堂和校外供餐单位开展开学季食品安全专项检查。",
        "检查人员深入学校后厨，仔细查看了从业人员健康证明、食品原料进货查验记录、餐用具清洗消毒和食品留样等情况，并对“明厨亮灶”设备运行情况进行了抽查。在一所乡镇中学食堂，检查人员发现留样冰箱温度记录不完整，当即要求学校完善记录制度。",
        "本次检查共检查学校食堂156家，发现问题近40个，目前已全部整改完毕，整改率达100%。",
        "市市场监管局提醒，各学校要严格落实校长（园长）陪餐制度和食品安全主体责任，家长和学生发现食品安全问题，可拨打12315进行投诉举报。"],
  prov="山东省", city="潍坊市", county="青州市",
  facts=[F("entities_inspected", 156, "家", "共检查学校食堂156家"),
         F("problems_found", 40, "个", "发现问题近40个", approx=True),
         F("rectification_rate", 100, "%", "整改率达100%")])

A(stem="026_ningbo_beilun_port_economy", site="yongjiang", title="北仑港区集装箱吞吐量前5个月同比增长一成",
  date="2021-06-15 07:20", source="宁波日报", author="陆海峰", author_line="记者 陆海峰", editor="王晓",
  crumbs=["新闻", "经济"],
  body=["记者昨日从宁波舟山港获悉，今年1至5月，北仑港区累计完成集装箱吞吐量1020万标准箱，同比增长10.3%，增速高于全国沿海港口平均水平。",
        "港区相关负责人介绍，今年以来，港区新开通国际航线9条，目前已有集装箱航线120余条，覆盖全球100多个国家和地区。同时，港区加快推进智慧码头建设，远程操控桥吊、无人集卡等新技术逐步投入使用，码头作业效率提升约15%。",
        "业内人士分析，外贸订单回暖和航线网络不断完善，是港区吞吐量持续增长的主要原因。下半年，港区还将新增2个集装箱泊位，进一步提升综合通过能力。"],
  prov="浙江省", city="宁波市", county="北仑区")

A(stem="027_zibo_ceramics_culture", site="luzhong", fmt="txt", title="第二十届陶博会开幕 千余家展商齐聚淄博",
  date="2021-09-10 19:03:25", source="淄博晚报", author="王静怡", editor="周静",
  body=["9月10日，第二十届中国（淄博）国际陶瓷博览会在淄博开幕。本届陶博会以“陶瓷艺术与美好生活”为主题，设主展馆和8个分会场，吸引了国内外1000余家展商参展。",
        "在主展馆内，既有传承千年工艺的雨点釉、茶叶末釉等传统名品，也有融合现代设计理念的日用陶瓷和艺术陶瓷。来自景德镇、德化、醴陵等陶瓷产区的企业也带来了各自的代表作品。",
        "据介绍，本届陶博会将持续5天，期间还将举办陶瓷设计大赛、非遗技艺展演和产业发展论坛等活动，并首次开设线上展厅，市民足不出户即可“云逛展”。"],
  prov="山东省", city="淄博市", county=None)

A(stem="028_hanzhong_bus_traffic", site="qinba", fmt="txt", title="汉中城区新开通两条公交线路",
  date="2021-11-01 08:30:00", source="秦巴日报网", author="刘晓宁", editor="赵文", crumbs=["汉中", "民生"],
  body=["为方便市民出行，经过前期线路踏勘和站点设置，汉中城区11月1日起新开通28路、29路两条公交线路。",
        "28路公交线路起于汉中火车站，止于汉台区龙江街道，全长16.5公里，设站点24个；29路公交线路起于市中心医院，止于兴元新区，全长12.8公里，设站点19个。两条线路首班车时间均为6:30，末班车时间分别为20:30和21:00，票价均为1元。",
        "市公交公司相关负责人表示，新线路开通后，将有效解决兴元新区和龙江片区群众出行难的问题，后续还将根据客流情况适时调整发车间隔。"],
  prov="陕西省", city="汉中市", county=None)

LIST_PAGE = """<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>县市区_鸢都在线</title>
<style>.news-list li{line-height:32px;border-bottom:1px dashed #ddd} .news-list span{float:right;color:#999}</style>
</head>
<body>
<div id="wrapper">
 <div class="header"><div class="inner"><span class="logo">鸢都在线</span>
  <div class="nav"><a href="/">首页</a><a href="/yw/">要闻</a><a href="/xsq/">县市区</a><a href="/zw/">政务</a><a href="/ms/">民生</a><a href="/cj/">财经</a></div></div></div>
 <div class="container">
  <div class="bread">您当前的位置：<a href="/">首页</a> &gt; 县市区</div>
  <ul class="news-list">
   <li><a href="/content/2021-09/22/101.html">寿光边督边改 办结督察转办信访件112件</a><span>2021-09-22</span></li>
   <li><a href="/content/2021-09/21/099.html">昌乐县开展秋季农资市场专项检查</a><span>2021-09-21</span></li>
   <li><a href="/content/2021-09/20/097.html">安丘：排查整改燃气安全隐患46处</a><span>2021-09-20</span></li>
   <li><a href="/content/2021-09/19/093.html">临朐县举办第三届山楂采摘节</a><span>2021-09-19</span></li>
   <li><a href="/content/2021-09/18/090.html">高密市新增3所公办幼儿园</a><span>2021-09-18</span></li>
   <li><a href="/content/2021-09/17/088.html">诸城市召开防汛工作总结会</a><span>2021-09-17</span></li>
   <li><a href="/content/2021-09/16/085.html">坊子区老旧小区改造项目全部开工</a><span>2021-09-16</span></li>
   <li><a href="/content/2021-09/15/081.html">昌邑市督查组检查企业56家次 发现问题21个</a><span>2021-09-15</span></li>
   <li><a href="/content/2021-09/14/079.html">奎文区开展校园周边环境整治</a><span>2021-09-14</span></li>
   <li><a href="/content/2021-09/13/075.html">青州古城景区中秋推出夜游活动</a><span>2021-09-13</span></li>
  </ul>
  <div class="pages"><a href="?p=1">首页</a> <a href="?p=1">上一页</a> 1 <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">下一页</a> <a href="?p=58">尾页</a> 共58页</div>
 </div>
 <div class="footer"><p>鸢都在线 版权所有 鲁ICP备09012345号-3 鲁公网安备 37070202000456号</p><p>互联网新闻信息服务许可证：37120180021 违法和不良信息举报电话：0536-8880000</p></div>
</div>
</body>
</html>
"""
A(stem="029_yuandu_county_list", rejected=True, ext="html", raw=LIST_PAGE)

SCRIPTS = """<html><head><meta charset="utf-8">
<script type="text/javascript">
var ua = navigator.userAgent.toLowerCase();
if (/iphone|android|mobile/.test(ua)) { window.location.href = "https://m.example.cn/content/2021/0612/88231.html"; }
</script>
<script>var pageId="88231";var channel="xq";document.cookie="visit="+pageId;</script>
<script src="/js/loader.js"></script>
</head>
<body>
<script>document.write('<div id="app"></div>');loadArticle(pageId,function(d){document.getElementById("app").innerHTML=d.html;});</script>
<noscript></noscript>
</body></html>
"""
A(stem="030_scripts_only", rejected=True, ext="html", raw=SCRIPTS)

import random
rng = random.Random(20210612)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x00\xc8\x08\x06\x00\x00\x00" + bytes(rng.randrange(256) for _ in range(1500))
A(stem="031_image_as_html", rejected=True, ext="html", raw=PNG)

A(stem="032_ankang_langao_river", site="qinba", fmt="txt", doubled=True,
  title="岚皋县河长制督查发现问题二十余个",
  date="2021-08-23 15:47:09", source="安康日报", author="陈红梅", editor="赵文", crumbs=["安康", "岚皋"],
  hq="汉中市汉台区天汉大道66号",
  body=["为推动河湖长制工作落地见效，8月中旬，岚皋县河长办联合县生态环境分局、县水利局组成督查组，对岚河、大道河等重点河流开展河湖“清四乱”专项督查。",
        "督查组沿河而行，重点查看了河道内乱占、乱采、乱堆、乱建以及入河排污口整治情况。在大道河镇一处河段，督查组发现河岸边堆放有建筑垃圾，当即要求镇河长办联系清运，并在3日内反馈清理情况。",
        "本次督查共巡查河道126公里，发现各类问题二十余个，已整改十八个，向相关镇和部门下发督办单6份。",
        "县河长办负责人表示，对尚未整改到位的问题将实行挂牌督办，整改完成一个销号一个，确保河畅、水清、岸绿、景美。"],
  prov="陕西省", city="安康市", county="岚皋县",
  facts=[F("problems_found", 20, "个", "发现各类问题二十余个", approx=True),
         F("problems_rectified", 18, "个", "已整改十八个"),
         F("notices_issued", 6, "份", "下发督办单6份")])
