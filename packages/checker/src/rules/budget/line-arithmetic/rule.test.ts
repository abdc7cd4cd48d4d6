import { ruleTester, plan } from "../../../../test/support/rule-tester.ts";
import { lineArithmetic } from "./rule.ts";

ruleTester.run(lineArithmetic, {
  valid: [
    { text: plan("V. KINH PHÍ", "TT\tNội dung\tĐơn vị tính\tSố lượng\tĐơn giá (đồng)\tThành tiền (đồng)", "1\tMáy tính\tBộ\t2\t15.000.000\t30.000.000", "2\tMáy quét\tBộ\t1\t20.000.000\t20.000.000") },
    { name: "a row without quantity or unit price has nothing to multiply", text: plan("V. KINH PHÍ", "TT\tNội dung\tĐơn vị tính\tSố lượng\tĐơn giá (đồng)\tThành tiền (đồng)", "1\tTập huấn\tGói\t\t\t30.000.000") },
  ],
  invalid: [
    {
      text: plan("V. KINH PHÍ", "TT\tNội dung\tĐơn vị tính\tSố lượng\tĐơn giá (đồng)\tThành tiền (đồng)", "1\tMáy tính\tBộ\t2\t15.000.000\t300.000.000", "2\tMáy quét\tBộ\t1\t20.000.000\t20.000.000"),
      errors: [
        { messageId: "amountMismatch", line: 9, data: { actual: 300000000, quantity: 2, unitPrice: 15000000, expected: 30000000, code: "1" } },
      ],
    },
    {
      name: "every wrong row is reported",
      text: plan("V. KINH PHÍ", "TT\tNội dung\tĐơn vị tính\tSố lượng\tĐơn giá (đồng)\tThành tiền (đồng)", "1\tMáy tính\tBộ\t2\t15.000.000\t31.000.000", "2\tĐiểm hỗ trợ số\tThôn\t6\t15.000.000\t900.000.000"),
      errors: [
        { messageId: "amountMismatch", line: 9, data: { actual: 31000000, quantity: 2, unitPrice: 15000000, expected: 30000000, code: "1" } },
        { messageId: "amountMismatch", line: 10, data: { actual: 900000000, quantity: 6, unitPrice: 15000000, expected: 90000000, code: "2" } },
      ],
    },
  ],
});
