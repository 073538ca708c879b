#include "ListingCsv.h"

#include "domain/ImportPreview.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

const QStringList kColumns{u"product_id"_s,     u"product"_s,       u"category"_s, u"brand"_s,
                           u"product_active"_s, u"sku"_s,           u"options"_s,  u"price"_s,
                           u"stock"_s,          u"variant_active"_s};
const QStringList kRequired{u"product"_s, u"category"_s, u"sku"_s, u"price"_s, u"stock"_s};

std::optional<bool> flag(const QString& text)
{
    const QString t = text.toLower();
    if (t == u"true"_s || t == u"yes"_s || t == u"1"_s)
        return true;
    if (t == u"false"_s || t == u"no"_s || t == u"0"_s)
        return false;
    return std::nullopt;
}

// Reads one data row; the first problem of each field goes to `problems`.
class RowReader {
public:
    RowReader(const QHash<QString, int>& index, const CsvReader::Record& record)
        : m_index(index)
        , m_record(record)
    {}

    bool has(const QString& column) const { return m_index.contains(column); }
    QString field(const QString& column) const
    {
        const int i = m_index.value(column, -1);
        return i >= 0 && i < m_record.fields.size() ? CsvReader::unguarded(m_record.fields.at(i))
                                                    : QString();
    }
    void refuse(const QString& column, const QString& reason)
    {
        problems.append({m_record.line, column, reason});
    }

    QList<ImportProblem> problems;

private:
    const QHash<QString, int>& m_index;
    const CsvReader::Record& m_record;
};

} // namespace

QStringList ListingCsv::columns()
{
    return kColumns;
}

Result<ListingCsv::Parsed> ListingCsv::parse(const CsvReader::Table& table,
                                             const TaskControl& control)
{
    if (table.records.isEmpty()) {
        return std::unexpected(
            ServiceError(ServiceError::Code::Validation,
                         tr("The file is empty. Its first line names the columns: %1.")
                             .arg(kColumns.join(u", "_s))));
    }
    QHash<QString, int> index;
    const QStringList header = table.records.first().fields;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (!kColumns.contains(name)) {
            return std::unexpected(ServiceError(
                ServiceError::Code::Validation,
                tr("The first line names a column \"%1\" that listings do not have. The columns "
                   "are: %2.")
                    .arg(header.at(i), kColumns.join(u", "_s))));
        }
        if (index.contains(name)) {
            return std::unexpected(
                ServiceError(ServiceError::Code::Validation,
                             tr("The first line names the column \"%1\" twice.").arg(name)));
        }
        index.insert(name, i);
    }
    QStringList missing;
    for (const QString& required : kRequired)
        if (!index.contains(required))
            missing << required;
    if (!missing.isEmpty()) {
        return std::unexpected(
            ServiceError(ServiceError::Code::Validation,
                         tr("The first line lacks the column(s) %1. The columns are: %2.")
                             .arg(missing.join(u", "_s), kColumns.join(u", "_s))));
    }

    static const QRegularExpression skuForm(u"^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$"_s);
    static const QRegularExpression priceForm(u"^(\\d{1,10})(?:[.,](\\d{1,2}))?$"_s);
    static const QRegularExpression stockForm(u"^\\d{1,9}$"_s);
    static const QRegularExpression idForm(u"^[1-9]\\d{0,17}$"_s);

    Parsed parsed;
    QJsonArray rows;
    const qsizetype total = table.records.size() - 1;
    const qsizetype step = std::max<qsizetype>(1, total / 100);
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const CsvReader::Record& record = table.records.at(r);
        ++parsed.rows;
        if (r % step == 0) {
            control.setProgress(r, total);
            if (control.isCanceled())
                return std::unexpected(
                    ServiceError(ServiceError::Code::Validation, tr("Cancelled.")));
        }
        RowReader row(index, record);
        if (record.fields.size() != header.size()) {
            row.refuse({}, tr("This line has %1 field(s); the first line names %2 columns. "
                              "Is a separator or a quote missing?")
                               .arg(record.fields.size())
                               .arg(header.size()));
        } else {
            QJsonObject out;
            out.insert(u"line"_s, record.line);

            const QString id = row.field(u"product_id"_s);
            if (id.isEmpty())
                out.insert(u"product_id"_s, QJsonValue::Null);
            else if (!idForm.match(id).hasMatch())
                row.refuse(u"product_id"_s,
                           tr("\"%1\" is not a product id: a whole number, or empty for a new "
                              "product.")
                               .arg(id));
            else
                out.insert(u"product_id"_s, id); // as text: ids exceed a double's precision

            const QString name = row.field(u"product"_s);
            if (name.trimmed().isEmpty())
                row.refuse(u"product"_s, tr("The product needs a name."));
            else if (name != name.trimmed())
                row.refuse(u"product"_s, tr("The name starts or ends with spaces; remove them."));
            else if (name.size() > 200)
                row.refuse(
                    u"product"_s,
                    tr("The name has %1 characters; at most 200 are allowed.").arg(name.size()));
            out.insert(u"product"_s, name);

            const QString category = row.field(u"category"_s);
            if (category.trimmed().isEmpty())
                row.refuse(u"category"_s, tr("Every product needs a category."));
            out.insert(u"category"_s, category.trimmed());
            out.insert(u"brand"_s, row.field(u"brand"_s).trimmed());

            for (const QString& column : {u"product_active"_s, u"variant_active"_s}) {
                if (!row.has(column)) {
                    out.insert(column, true);
                    continue;
                }
                const auto on = flag(row.field(column).trimmed());
                if (!on)
                    row.refuse(column, tr("\"%1\" is neither true nor false (also: yes/no, 1/0).")
                                           .arg(row.field(column)));
                else
                    out.insert(column, *on);
            }

            const QString sku = row.field(u"sku"_s);
            if (!skuForm.match(sku).hasMatch())
                row.refuse(u"sku"_s,
                           sku.isEmpty()
                               ? tr("Every variant needs a SKU.")
                               : tr("\"%1\" is not a SKU: up to 64 letters, digits and . _ / -, "
                                    "starting with a letter or digit.")
                                     .arg(sku));
            out.insert(u"sku"_s, sku);

            const QString options = row.field(u"options"_s).trimmed();
            if (options.isEmpty()) {
                out.insert(u"options"_s, QJsonObject());
            } else {
                QJsonParseError error;
                const QJsonDocument document = QJsonDocument::fromJson(options.toUtf8(), &error);
                if (!document.isObject())
                    row.refuse(u"options"_s,
                               tr("The options are not a JSON object such as {\"size\": \"M\"}."));
                else
                    out.insert(u"options"_s, document.object());
            }

            const QString price = row.field(u"price"_s).trimmed();
            const auto priceMatch = priceForm.match(price);
            if (!priceMatch.hasMatch()) {
                row.refuse(u"price"_s, tr("\"%1\" is not a price: digits with at most two "
                                          "decimals, such as 12.50, without thousands "
                                          "separators or currency.")
                                           .arg(row.field(u"price"_s)));
            } else {
                const QString exact =
                    priceMatch.captured(1) + u'.' + priceMatch.captured(2).leftJustified(2, u'0');
                if (exact.toDouble() < 0.01 || exact.toDouble() > 1'000'000'000.0)
                    row.refuse(u"price"_s,
                               tr("A price is from 0.01 to 1,000,000,000; this is %1.").arg(price));
                out.insert(u"price"_s, exact);
            }

            const QString stock = row.field(u"stock"_s).trimmed();
            if (!stockForm.match(stock).hasMatch())
                row.refuse(u"stock"_s,
                           tr("\"%1\" is not a stock: a whole number from 0 to 999,999,999.")
                               .arg(row.field(u"stock"_s)));
            else
                out.insert(u"stock"_s, stock.toInt());

            if (row.problems.isEmpty())
                rows.append(out);
        }
        if (!row.problems.isEmpty()) {
            ++parsed.problemCount;
            for (const ImportProblem& problem : std::as_const(row.problems))
                if (parsed.problems.size() < ImportPreview::kShownProblems)
                    parsed.problems.append(problem);
        }
    }
    parsed.payload = QJsonDocument(rows).toJson(QJsonDocument::Compact);
    return parsed;
}
