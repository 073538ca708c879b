#include "CsvReader.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {

ServiceError failure(const QString& message)
{
    return ServiceError(ServiceError::Code::Validation, message);
}

// The header line's separator: the one of ',' and ';' it has more of outside quotes.
QChar separatorOf(QStringView text)
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? u';' : u',';
}

int firstBadLine(const QByteArray& bytes)
{
    int line = 1;
    for (const QByteArray& part : bytes.split('\n')) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(part); // decode() itself is lazy
        if (decoder.hasError())
            return line;
        ++line;
    }
    return line;
}

} // namespace

Result<CsvReader::Table> CsvReader::read(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes); // drops a byte-order mark
    if (decoder.hasError()) {
        return std::unexpected(
            failure(tr("Line %1 is not UTF-8 text. Save the file as \"CSV UTF-8\" and try again.")
                        .arg(firstBadLine(bytes))));
    }
    Table table;
    table.separator = separatorOf(text);

    Record record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false; // the field had quotes: it exists even if empty
    int line = 1;
    int quoteLine = 0;
    record.line = 1;
    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        if (record.fields.isEmpty() && field.isEmpty() && !wasQuoted) {
            record.line = line + 1; // a blank line
            return;
        }
        endField();
        table.records.append(std::move(record));
        record = Record{};
        record.line = line + 1;
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            quoteLine = line;
        } else if (c == table.separator) {
            endField();
        } else if (c == u'\r') {
            if (i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
        } else if (c == u'\n') {
            endRecord();
            ++line;
        } else {
            field.append(c);
        }
    }
    if (quoted) {
        return std::unexpected(failure(
            tr("Line %1 opens a quoted field that never ends (a \" is missing).").arg(quoteLine)));
    }
    endRecord();
    return table;
}

QString CsvReader::unguarded(const QString& field)
{
    if (field.size() >= 2 && field.front() == u'\'' && QStringView(u"=+-@").contains(field.at(1)))
        return field.mid(1);
    return field;
}
