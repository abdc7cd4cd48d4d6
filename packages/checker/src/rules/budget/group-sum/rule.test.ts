import { ruleTester, plan } from "../../../../test/support/rule-tester.ts";
import { groupSum } from "./rule.ts";

ruleTester.run(groupSum, {
  valid: [
    { text: plan("V. KINH PHÍ", "TT\tNội dung\tĐơn vị tính\tSố lượng\tĐơn giá (đồng)\tThành tiền (đồng)", "I\tHạ tầng số\t\t\t\t50.000.000", "1\tMáy tính\tBộ\t2\t15.000.000\t30.000.000", "2\tMáy quét\tBộ\t1\t20.000.000\t20.000.000", "\tTổng cộng\t\t\t\t50.000.000") },
    { text: plan("V. KINH PHÍ", "TT\tNội dung\tĐơn vị tính\tSố lượng\tĐơn giá (đồng)\tThành tiền (đồng)", "I\tHạ tầng số\t\t\t\t30.000.000", "1\tMáy tính\tBộ\t2\t15.000.000\t30.000.000", "II\tKỹ năng số\t\t\t\t10.000.000", "1\tTập huấn\tLớp\t1\t10.000.000\t10.000.000") },
  ],
  invalid: [
    {
      name: "a group that is not the sum of its rows",
      text: plan("V. KINH PHÍ", "TT\tNội dung\tĐơn vị tính\tSố lượng\tĐơn giá (đồng)\tThành tiền (đồng)", "I\tHạ tầng số\t\t\t\t60.000.000", "1\tMáy tính\tBộ\t2\t15.000.000\t30.000.000", "2\tMáy quét\tBộ\t1\t20.000.000\t20.000.000"),
      errors: [
        { messageId: "groupMismatch", line: 9, data: { code: "I", actual: 60000000, expected: 50000000, difference: 10000000 } },
      ],
    },
    {
      name: "one wrong row explains the group and the total",
      text: plan("V. KINH PHÍ", "TT\tNội dung\tĐơn vị tính\tSố lượng\tĐơn giá (đồng)\tThành tiền (đồng)", "I\tHạ tầng số\t\t\t\t50.000.000", "1\tMáy tính\tBộ\t2\t15.000.000\t300.000.000", "2\tMáy quét\tBộ\t1\t20.000.000\t20.000.000", "\tTổng cộng\t\t\t\t50.000.000"),
      errors: [
        { messageId: "groupMismatchFix", line: 9, data: { code: "I", actual: 50000000, expected: 320000000, difference: 270000000, fixCode: "I.1", fixAmount: 30000000 } },
      ],
    },
    {
      name: "a total that is not the sum of its groups",
      text: plan("V. KINH PHÍ", "TT\tNội dung\tĐơn vị tính\tSố lượng\tĐơn giá (đồng)\tThành tiền (đồng)", "I\tHạ tầng số\t\t\t\t30.000.000", "1\tMáy tính\tBộ\t2\t15.000.000\t30.000.000", "II\tKỹ năng số\t\t\t\t10.000.000", "1\tTập huấn\tLớp\t1\t10.000.000\t10.000.000", "\tTổng cộng\t\t\t\t45.000.000"),
      errors: [
        { messageId: "totalMismatch", line: 13, data: { actual: 45000000, expected: 40000000, difference: 5000000 } },
      ],
    },
    {
      name: "one wrong row explains a wrong total",
      text: plan("V. KINH PHÍ", "TT\tNội dung\tĐơn vị tính\tSố lượng\tĐơn giá (đồng)\tThành tiền (đồng)", "1\tMáy tính\tBộ\t2\t15.000.000\t30.000.000", "2\tTập huấn\tLớp\t1\t10.000.000\t100.000.000", "\tTổng cộng\t\t\t\t40.000.000"),
      errors: [
        { messageId: "totalMismatchFix", line: 11, data: { actual: 40000000, expected: 130000000, difference: 90000000, fixCode: "2", fixAmount: 10000000 } },
      ],
    },
  ],
});
