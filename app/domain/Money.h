#pragma once

#include <QString>

#include <optional>

class QLocale;

// An amount in cents. SQL keeps money as numeric(12,2); it crosses into C++
// as exact text or as cents, never through floating point.
class Money final {
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }
    // "1234.5", "1234.50", "-3" → cents; nullopt for anything else (no rounding).
    static std::optional<Money> fromDecimal(QStringView text);
    // Parses what a user typed in their locale ("1.234,50" in German).
    static std::optional<Money> fromUserText(const QString& text, const QLocale& locale);

    constexpr qint64 cents() const { return m_cents; }
    // "1234.50": for SQL parameters (cast to numeric there).
    QString toDecimal() const;
    // "1,234.50" / "1.234,50" with the locale's separators, no currency sign.
    QString toString(const QLocale& locale) const;
    // With the shop's currency where the locale puts it: "€1,234.50",
    // "1.234,50 €". For showing; edit fields take toString()'s form.
    QString toDisplayString(const QLocale& locale) const;
    // The marketplace's one currency (all prices are in it).
    static QString currencySymbol();

    friend constexpr bool operator==(Money, Money) = default;
    friend constexpr auto operator<=>(Money, Money) = default;
    friend constexpr Money operator+(Money a, Money b) { return Money(a.m_cents + b.m_cents); }
    friend constexpr Money operator-(Money a, Money b) { return Money(a.m_cents - b.m_cents); }

private:
    constexpr explicit Money(qint64 cents)
        : m_cents(cents)
    {}
    qint64 m_cents = 0;
};
