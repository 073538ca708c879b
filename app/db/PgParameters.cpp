#include "PgParameters.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// What Qt's own drivers send as NULL: an empty variant, and a null string,
// byte array, date, time or uuid inside one.
bool isNullValue(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    case QMetaType::QUuid:
        return value.toUuid().isNull();
    default:
        return false;
    }
}

std::optional<QByteArray> toText(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QByteArray("t") : QByteArray("f");
    case QMetaType::Int:
    case QMetaType::Short:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return QByteArray::number(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::UShort:
    case QMetaType::UChar:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return QByteArray::number(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        // The shortest text that reads back as the same double.
        return QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate).toLatin1();
    case QMetaType::QTime:
        return value.toTime().toString(u"HH:mm:ss.zzz"_s).toLatin1();
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s).toLatin1() + 'Z';
    case QMetaType::QUuid:
        return value.toUuid().toByteArray(QUuid::WithoutBraces);
    default:
        if (value.canConvert<QString>())
            return value.toString().toUtf8();
        return std::nullopt;
    }
}

} // namespace

Result<PgParameters> PgParameters::encode(const QVariantList& values)
{
    PgParameters p;
    p.m_storage.reserve(values.size());
    for (const QVariant& value : values) {
        if (isNullValue(value)) {
            p.m_storage.append(QByteArray());
            p.m_formats.push_back(0);
            p.m_null.push_back(true);
            continue;
        }
        p.m_null.push_back(false);
        if (value.typeId() == QMetaType::QByteArray) {
            // Binary: the server reads the bytes as they are, whatever the column.
            p.m_storage.append(value.toByteArray());
            p.m_formats.push_back(1);
            continue;
        }
        auto text = toText(value);
        if (!text) {
            return std::unexpected(ServiceError(
                ServiceError::Code::Internal,
                QCoreApplication::translate("SqlExecutor",
                                            "The database gave an unexpected answer."),
                u"cannot send a %1 to the database"_s.arg(QString::fromLatin1(value.typeName()))));
        }
        p.m_storage.append(*text);
        p.m_formats.push_back(0);
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QByteArray& bytes = p.m_storage.at(i);
        p.m_values.push_back(p.m_null[size_t(i)] ? nullptr : bytes.constData());
        p.m_lengths.push_back(int(bytes.size()));
    }
    return p;
}
