// The few hand-kept words the place finder needs beside the division package. Divisions
// themselves always come from the package (gazetteer.ts); this file only holds what a
// division list cannot say: other names for a division, names of areas that are not
// divisions, and ordinary words that look like a place's short name. Keep it small: each
// entry is here because text gets it wrong without it.

/**
 * The 55 minority nationalities, as they appear inside the names of autonomous divisions
 * (江华瑶族自治县, 新疆维吾尔自治区). Used by the rule that strips them to form a short name.
 */
export const ETHNIC_GROUPS: readonly string[] = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家',
  '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇',
  '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米',
  '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙',
  '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
];

/**
 * Other names for one division, by the division's code: names in everyday use that the
 * package does not carry (浦东), abolished or renamed divisions (襄樊 → 襄阳市), and
 * state-level new areas (国家级新区) that are not divisions, mapped to the division that
 * contains or administers them (雄安新区 → 保定市: its counties 雄县/容城/安新 are Baoding's;
 * 两江新区 and 贵安新区 span several cities, so they map to the province).
 */
export const PLACE_ALIASES: Readonly<Record<string, string>> = {
  浦东: '310115',
  襄樊: '420600',
  襄樊市: '420600',
  莱芜: '370116',
  莱芜市: '370116',
  巢湖: '340181',
  思茅市: '530800',
  雄安新区: '130600',
  两江新区: '500000',
  天府新区: '510100',
  西咸新区: '610100',
  贵安新区: '520000',
  金普新区: '210200',
  南沙新区: '440115',
  舟山群岛新区: '330900',
  湘江新区: '430100',
  赣江新区: '360000',
  滇中新区: '530100',
  福州新区: '350100',
  哈尔滨新区: '230100',
  长春新区: '220100',
};

/** Names that stand for several divisions at once (长株潭 = 长沙, 株洲, 湘潭). */
export const GROUP_ALIASES: Readonly<Record<string, readonly string[]>> = {
  长株潭: ['430100', '430200', '430300'],
};

/**
 * Names of divisions that are also ordinary words (白银 silver, 大同 great harmony, 来宾
 * guests, 老城区 old town, 会同 together with, 新建 newly built, 资源 resources). A city's or
 * province's short name, or a county's full name, on this list counts only with support:
 * 工会/总工会 right after it, its province or city right before it (甘肃白银), or that province
 * or city named elsewhere in the text. A county's short name on this list never counts as a
 * place; it is matched as an ordinary word, so 平安顺利 does not yield 安顺.
 * Reviewed against a general word-frequency list: county short names that are frequent words.
 */
export const COMMON_WORD_NAMES: ReadonlySet<string> = new Set([
  // short names of cities
  '白银', '阿里', '来宾', '安康', '大同', '长治', '大庆', '四平', '朝阳', '中山', '日照', '三明',
  '普洱', '大理', '玉树', '文山', '北海', '海西', '开封',
  // full names of counties
  '老城区', '解放区', '新城区', '城中区', '城东区', '城西区', '城北区', '城南区',
  // short names of counties
  '互助', '合作', '和平', '长寿', '平安', '通道', '共和', '友好', '前进', '振兴', '安定', '康乐',
  '光明', '新建', '资源', '东方', '大方', '富民', '凤凰', '延长', '吉利', '和顺', '民权', '兴国',
  '乐业', '莲花', '海港', '港口', '城中', '新华', '红旗', '向阳', '胜利', '东风', '新兴', '新城',
  '宁安', '永和', '团结', '乐平', '龙华', '南山', '大鹏', '盐田', '宝山', '比如', '南部', '解放',
  '公安', '友谊', '中方', '运河', '万年', '南岸', '城北', '会同', '工农', '富裕', '清水', '复兴',
  '长子', '宏伟', '平定', '芙蓉', '温泉', '三元', '石门', '平和', '名山', '全州', '台前', '丰满',
  '二道', '同心', '元宝', '宝塔', '平房', '小店', '灯塔', '天涯', '海棠', '博爱', '回民', '安居',
  '方正', '新民', '爱民', '惠民', '民乐', '兴业', '大厂', '清流', '老城',
]);

/**
 * Words that begin like a place name but are not one, matched as wholes so the place inside
 * them never fires: company and product names (阿里巴巴), ordinary words whose tail starts
 * a place name (美丽 → 丽水, 丽江), and set phrases (长治久安).
 */
export const NON_PLACE_WORDS: readonly string[] = [
  '阿里巴巴', '阿里云', '阿里妈妈', '阿里健康', '三明治', '大理石', '中山装', '中山大学', '中山路',
  '中山公园', '长治久安', '四平八稳', '大同小异', '世界大同', '美丽', '白银首饰', '白银饰品',
  '文山会海', '玉树临风', '真金白银',
];
