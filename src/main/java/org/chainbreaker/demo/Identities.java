package org.chainbreaker.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Makes the realistic details of demo people from one seeded random source: Chinese names, resident ID numbers with
 * a valid check digit, mobile numbers, bank accounts, plates and street addresses inside real counties.
 */
final class Identities {

  private static final String[] SURNAMES = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 "
      + "彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 "
      + "熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤").split(" ");
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强文斌海燕玉兰红梅晓东"
      + "雪梅丹宇浩然子轩思远欣怡佳琪俊杰鹏飞晨阳立新永刚春梅金凤德明家豪振华";
  private static final String[] STREETS = ("人民 解放 建设 中山 新华 胜利 和平 文化 友谊 团结 北京 长江 黄河 滨江 金沙 花园 "
      + "东风 光明 幸福 朝阳 环城 工业 青年 育才 学府 春城 边贸 口岸 商贸 民族").split(" ");
  private static final String[] STREET_KINDS = {"路", "街", "大道", "巷"};
  private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139",
      "150", "151", "152", "155", "157", "158", "159", "166", "177", "180", "181", "182", "186", "187", "188", "189",
      "198", "199"};
  private static final String[] BANKS = {"中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "交通银行", "招商银行",
      "中国邮政储蓄银行", "农村信用社"};
  private static final Map<String, String> PLATE_PREFIX = Map.ofEntries(
      Map.entry("53", "云"), Map.entry("45", "桂"), Map.entry("44", "粤"), Map.entry("51", "川"),
      Map.entry("62", "甘"), Map.entry("52", "贵"), Map.entry("43", "湘"), Map.entry("42", "鄂"),
      Map.entry("50", "渝"), Map.entry("33", "浙"), Map.entry("31", "沪"), Map.entry("11", "京"));
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";

  private final Random random;
  private final Set<String> taken = new HashSet<>();
  private int nextAddress = 1;

  Identities(Random random) {
    this.random = random;
  }

  String name() {
    String surname = SURNAMES[skewed(SURNAMES.length)];
    int length = random.nextInt(10) < 7 ? 2 : 1;
    StringBuilder name = new StringBuilder(surname);
    for (int i = 0; i < length; i++) {
      name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    return name.toString();
  }

  /** A GB 11643 resident ID number: county code, birth date, sequence (odd = male) and ISO 7064 check digit. */
  String idNumber(String countyCode, int birthYear, boolean male) {
    while (true) {
      int month = 1 + random.nextInt(12);
      int day = 1 + random.nextInt(28);
      int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
      String body = countyCode + birthYear + two(month) + two(day) + String.format("%03d", sequence);
      int sum = 0;
      for (int i = 0; i < 17; i++) {
        sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
      }
      String id = body + ID_CHECK.charAt(sum % 11);
      if (taken.add(id)) {
        return id;
      }
    }
  }

  String mobile() {
    return unique(() -> MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)] + digits(8));
  }

  String carrier(String mobile) {
    return switch (mobile.charAt(2) % 3) {
      case 0 -> "中国移动";
      case 1 -> "中国联通";
      default -> "中国电信";
    };
  }

  String accountNumber() {
    return unique(() -> "62" + digits(17));
  }

  String bank() {
    return BANKS[random.nextInt(BANKS.length)];
  }

  String plate(String regionCode) {
    String province = PLATE_PREFIX.getOrDefault(regionCode.substring(0, 2), "云");
    char city = (char) ('A' + random.nextInt(8));
    return unique(() -> province + city + (char) ('A' + random.nextInt(26)) + digits(4));
  }

  /** A new street address in the county (or prefecture) with the given full region name. */
  Map<String, Object> address(String regionCode, String regionFullName) {
    String text = regionFullName + STREETS[random.nextInt(STREETS.length)]
        + STREET_KINDS[random.nextInt(STREET_KINDS.length)] + (1 + random.nextInt(300)) + "号"
        + (random.nextBoolean() ? (1 + random.nextInt(30)) + "栋" + (101 + random.nextInt(1800)) + "室" : "");
    if (!taken.add("address:" + text)) {
      text = text + "附" + nextAddress;
    }
    return Map.of("id", "A" + String.format("%06d", nextAddress++), "text", text, "regionCode", regionCode);
  }

  /** Waybill numbers look like the courier's own (prefix and length). */
  String waybill(String courierPrefix) {
    return unique(() -> courierPrefix + digits(12));
  }

  List<String> aliases(int count) {
    List<String> aliases = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      aliases.add(random.nextBoolean() ? name() : (SURNAMES[random.nextInt(SURNAMES.length)] + "老" + "二三四五六".charAt(random.nextInt(5))));
    }
    return aliases;
  }

  /** Common surnames are far more frequent (Wang, Li, Zhang ...): a quadratic skew over the ordered list. */
  private int skewed(int n) {
    double u = random.nextDouble();
    return (int) (u * u * n);
  }

  private String unique(java.util.function.Supplier<String> candidate) {
    while (true) {
      String value = candidate.get();
      if (taken.add(value)) {
        return value;
      }
    }
  }

  private String digits(int count) {
    StringBuilder digits = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    return digits.toString();
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }
}
