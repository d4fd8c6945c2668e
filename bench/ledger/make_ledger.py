#!/usr/bin/env python3
"""Writes a hazard ledger as units keep them, for the import benchmark (docs/performance.md).

    make_ledger.py ROWS OUT.xlsx [--units N] [--seed S]

The workbook is written by openpyxl (a different writer than SafeLedger's own): one sheet, a merged
title row, the 15 columns of an exported ledger, ROWS hazards of N units over five years, a third of
them still open. The content is random but fixed by the seed, so runs compare the same file.
"""
import argparse
import datetime
import random

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
TITLES = ["序号", "单位名称", "统一社会信用代码", "排查日期", "隐患部位", "隐患描述", "隐患类别", "隐患等级",
          "整改措施", "整改责任人", "整改期限", "整改资金（元）", "完成情况", "验收人", "验收日期"]
PLACES = ["一号车间", "二号车间", "仓库", "配电房", "锅炉房", "办公楼", "食堂", "宿舍", "危化品库", "厂区道路",
          "消防控制室", "喷漆房", "空压机房", "装卸平台", "楼梯间"]
PROBLEMS = ["灭火器压力不足", "疏散通道堆放杂物", "安全出口指示灯损坏", "配电箱未上锁", "电线私拉乱接",
            "消防栓被遮挡", "应急照明不亮", "危化品未分类存放", "作业人员未佩戴安全帽", "有限空间无警示标识",
            "气瓶未固定", "安全培训记录缺失", "防护栏杆缺失", "特种作业人员无证上岗", "燃气管道老化"]
MEASURES = ["立即更换", "清理通道", "维修更换", "加锁管理", "规范布线", "移除遮挡物", "更换灯具", "分类存放",
            "加强教育", "设置标识", "加装固定装置", "补充培训", "安装护栏", "持证上岗", "更换管道"]
CATEGORIES = ["消防", "电气", "危险化学品", "特种设备", "建筑施工", "其他"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚"


def credit_code(rng):
    body = "91" + "".join(rng.choice("0123456789") for _ in range(6)) + "".join(
        rng.choice(CODE_CHARS) for _ in range(9))
    total = sum(CODE_CHARS.index(c) * w for c, w in zip(body, CODE_WEIGHTS))
    return body + CODE_CHARS[(31 - total % 31) % 31]


def person(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", type=int)
    parser.add_argument("out")
    parser.add_argument("--units", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    units = [("青山镇第%d号企业有限公司" % (i + 1), credit_code(rng)) for i in range(args.units)]
    first = datetime.date(2021, 1, 1)
    days = (datetime.date(2026, 10, 31) - first).days

    book = Workbook(write_only=True)
    sheet = book.create_sheet("隐患台账")
    sheet.append(["青山镇隐患排查治理台账"])
    sheet.append(TITLES)
    for n in range(1, args.rows + 1):
        name, code = rng.choice(units)
        found = first + datetime.timedelta(days=rng.randrange(days))
        k = rng.randrange(len(PROBLEMS))
        deadline = found + datetime.timedelta(days=rng.choice([7, 15, 30]))
        state = rng.random()
        completion, verifier, verified = "未完成", None, None
        if state < 0.6:
            done = found + datetime.timedelta(days=rng.randrange(1, 7))
            completion, verifier, verified = done, person(rng), done + datetime.timedelta(days=1)
        elif state < 0.7:
            completion = "已完成"
        dated = WriteOnlyCell(sheet, value=found)
        dated.number_format = "yyyy-mm-dd"
        sheet.append([n, name, code, dated, rng.choice(PLACES),
                      "%s（第%d处）" % (PROBLEMS[k], rng.randrange(1, 50)), rng.choice(CATEGORIES),
                      "重大" if rng.random() < 0.01 else "一般", MEASURES[k], person(rng), deadline,
                      rng.choice([0, 0, 200, 500, 1200.5, 3000]), completion, verifier, verified])
    book.save(args.out)


if __name__ == "__main__":
    main()
