#include "Money.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

std::optional<Money> Money::fromDecimal(QStringView text)
{
    static const QRegularExpression pattern(u"^(-)?(\\d{1,13})(?:\\.(\\d{1,2}))?$"_s);
    const auto match = pattern.match(text.trimmed().toString());
    if (!match.hasMatch())
        return std::nullopt;
    qint64 cents = match.capturedView(2).toLongLong() * 100;
    QString fraction = match.captured(3);
    if (!fraction.isEmpty())
        cents += fraction.leftJustified(2, u'0').toLongLong();
    return Money(match.hasCaptured(1) ? -cents : cents);
}

std::optional<Money> Money::fromUserText(const QString& text, const QLocale& locale)
{
    // Group separators only where they belong (1,234.50), so that a decimal
    // written the other locale's way ("12,34" in English, "9.99" in German)
    // is refused instead of read as 1234 or 999.
    QString normalized = text.trimmed();
    const QString group = locale.groupSeparator();
    const QString point = locale.decimalPoint();
    const qsizetype pointAt = normalized.indexOf(point);
    const QString whole = pointAt < 0 ? normalized : normalized.left(pointAt);
    if (!group.isEmpty() && whole.contains(group)) {
        const QStringList parts = whole.split(group);
        for (qsizetype i = 1; i < parts.size(); ++i) {
            if (parts.at(i).size() != 3)
                return std::nullopt;
        }
        const QString first = parts.first().startsWith(locale.negativeSign())
                                  ? parts.first().mid(locale.negativeSign().size())
                                  : parts.first();
        if (first.isEmpty() || first.size() > 3)
            return std::nullopt;
    }
    if (pointAt >= 0 && normalized.mid(pointAt + point.size()).contains(group))
        return std::nullopt;
    normalized.remove(group);
    normalized.replace(point, u"."_s);
    return fromDecimal(normalized);
}

QString Money::toDecimal() const
{
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    return (m_cents < 0 ? u"-"_s : QString()) + QString::number(magnitude / 100) + u'.' +
           QString::number(magnitude % 100).rightJustified(2, u'0');
}

QString Money::currencySymbol()
{
    return QStringLiteral("€");
}

QString Money::toDisplayString(const QLocale& locale) const
{
    // The locale's own pattern, found by formatting a stand-in amount, with
    // the exact digits put in its place (toCurrencyString works in double).
    const QString sample = locale.toString(1.0, 'f', 2);
    QString pattern = locale.toCurrencyString(m_cents < 0 ? -1.0 : 1.0, currencySymbol(), 2);
    const qsizetype at = pattern.indexOf(sample);
    if (at < 0)
        return toString(locale) + u'\u00a0' + currencySymbol();
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    return pattern.replace(at, sample.size(), Money::fromCents(magnitude).toString(locale));
}

QString Money::toString(const QLocale& locale) const
{
    const qint64 magnitude = m_cents < 0 ? -m_cents : m_cents;
    return (m_cents < 0 ? locale.negativeSign() : QString()) + locale.toString(magnitude / 100) +
           locale.decimalPoint() + QString::number(magnitude % 100).rightJustified(2, u'0');
}
