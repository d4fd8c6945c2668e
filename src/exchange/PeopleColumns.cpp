// A register of people's columns: the titles a header may give them, and the words registers
// write for a certificate's kind (docs/people.md).
#include "PeopleValues.h"
#include "safeledger/exchange/LedgerValues.h"
#include "safeledger/exchange/People.h"

#include <utility>

namespace safeledger {

namespace {

const std::pair<const char*, PeopleField> kTitles[] = {
    {"序号", PeopleField::Seq},
    {"no.", PeopleField::Seq},
    {"no", PeopleField::Seq},
    {"姓名", PeopleField::Name},
    {"人员姓名", PeopleField::Name},
    {"持证人", PeopleField::Name},
    {"持证人姓名", PeopleField::Name},
    {"name", PeopleField::Name},
    {"身份证号", PeopleField::IdNumber},
    {"身份证号码", PeopleField::IdNumber},
    {"公民身份号码", PeopleField::IdNumber},
    {"身份证", PeopleField::IdNumber},
    {"证件号码", PeopleField::IdNumber},
    {"idnumber", PeopleField::IdNumber},
    {"联系电话", PeopleField::Phone},
    {"电话", PeopleField::Phone},
    {"手机", PeopleField::Phone},
    {"手机号", PeopleField::Phone},
    {"手机号码", PeopleField::Phone},
    {"联系方式", PeopleField::Phone},
    {"phone", PeopleField::Phone},
    {"单位", PeopleField::Unit},
    {"单位名称", PeopleField::Unit},
    {"所在单位", PeopleField::Unit},
    {"工作单位", PeopleField::Unit},
    {"所属单位", PeopleField::Unit},
    {"企业名称", PeopleField::Unit},
    {"企业", PeopleField::Unit},
    {"unit", PeopleField::Unit},
    {"统一社会信用代码", PeopleField::CreditCode},
    {"社会信用代码", PeopleField::CreditCode},
    {"信用代码", PeopleField::CreditCode},
    {"creditcode", PeopleField::CreditCode},
    {"岗位", PeopleField::Role},
    {"职务", PeopleField::Role},
    {"职位", PeopleField::Role},
    {"role", PeopleField::Role},
    {"证书类别", PeopleField::CertificateKind},
    {"证书类型", PeopleField::CertificateKind},
    {"证书种类", PeopleField::CertificateKind},
    {"证书名称", PeopleField::CertificateKind},
    {"资格类别", PeopleField::CertificateKind},
    {"certificate", PeopleField::CertificateKind},
    {"certificatekind", PeopleField::CertificateKind},
    {"作业类别", PeopleField::Operation},
    {"操作项目", PeopleField::Operation},
    {"准操项目", PeopleField::Operation},
    {"作业项目", PeopleField::Operation},
    {"工种", PeopleField::Operation},
    {"operation", PeopleField::Operation},
    {"证书编号", PeopleField::CertificateNumber},
    {"证号", PeopleField::CertificateNumber},
    {"证书号", PeopleField::CertificateNumber},
    {"证书号码", PeopleField::CertificateNumber},
    {"证件编号", PeopleField::CertificateNumber},
    {"操作证号", PeopleField::CertificateNumber},
    {"certificatenumber", PeopleField::CertificateNumber},
    {"发证日期", PeopleField::IssuedOn},
    {"初领日期", PeopleField::IssuedOn},
    {"领证日期", PeopleField::IssuedOn},
    {"取证日期", PeopleField::IssuedOn},
    {"发证时间", PeopleField::IssuedOn},
    {"issued", PeopleField::IssuedOn},
    {"issuedon", PeopleField::IssuedOn},
    {"有效期至", PeopleField::ExpiresOn},
    {"有效期", PeopleField::ExpiresOn},
    {"有效期限", PeopleField::ExpiresOn},
    {"证书有效期", PeopleField::ExpiresOn},
    {"到期日期", PeopleField::ExpiresOn},
    {"截止日期", PeopleField::ExpiresOn},
    {"expires", PeopleField::ExpiresOn},
    {"expireson", PeopleField::ExpiresOn},
};

// The words registers write for a certificate's kind, beside the core's labels and codes.
const std::pair<const char*, CertificateKind> kKinds[] = {
    {"主要负责人", CertificateKind::Principal},
    {"主要负责人证", CertificateKind::Principal},
    {"主要负责人安全生产知识和管理能力考核合格证", CertificateKind::Principal},
    {"安全管理人员", CertificateKind::SafetyManager},
    {"安全管理人员证", CertificateKind::SafetyManager},
    {"安全管理人员安全生产知识和管理能力考核合格证", CertificateKind::SafetyManager},
    {"安全员", CertificateKind::SafetyManager},
    {"特种作业", CertificateKind::SpecialOperation},
    {"特种作业证", CertificateKind::SpecialOperation},
    {"特种作业人员", CertificateKind::SpecialOperation},
    {"操作证", CertificateKind::SpecialOperation},
    {"其他", CertificateKind::Other},
};

} // namespace

std::optional<PeopleField> peopleFieldOfTitle(std::string_view title)
{
    std::string unit;
    const std::string key = ledger::normalizeTitle(title, unit);
    for (const auto& [text, field] : kTitles) {
        if (key == text) {
            return field;
        }
    }
    return std::nullopt;
}

namespace people {

std::optional<CertificateKind> parseCertificateKind(std::string_view text)
{
    const std::string t = ledger::normalizeText(text);
    if (auto e = enumFromText<CertificateKind>(t)) {
        return e;
    }
    for (const auto& e : enumEntries<CertificateKind>()) {
        if (*e.zh && t == e.zh) {
            return e.value;
        }
    }
    for (const auto& [word, value] : kKinds) {
        if (t == word) {
            return value;
        }
    }
    return std::nullopt;
}

std::string certificateKindLabels()
{
    std::string out;
    for (const auto& e : enumEntries<CertificateKind>()) {
        if (*e.zh) {
            out += (out.empty() ? "" : "、") + std::string(e.zh);
        }
    }
    return out;
}

} // namespace people

} // namespace safeledger
