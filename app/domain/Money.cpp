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
    QString normalized = text.trimmed();
    normalized.remove(locale.groupSeparator());
    normalized.replace(locale.decimalPoint(), u"."_s);
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
