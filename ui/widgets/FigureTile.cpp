#include "FigureTile.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

FigureTile::FigureTile(const QString& title, const QString& name, QWidget* parent)
    : QFrame(parent)
    , m_value(new QLabel(this))
    , m_comparison(new QLabel(this))
{
    setObjectName(name);
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(110);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto* caption = new QLabel(title, this);
    caption->setWordWrap(true);
    m_value->setObjectName(name + u"Value"_s);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_comparison->setObjectName(name + u"Change"_s);
    m_comparison->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addWidget(m_value);
    layout->addWidget(m_comparison);
    layout->addStretch();
    clear();
}

QString FigureTile::change(double now, double before)
{
    if (before == 0)
        return now == 0 ? tr("no change") : tr("new");
    const double percent = (now - before) / before * 100.0;
    if (std::abs(percent) < 0.5)
        return tr("no change");
    const QString number = QLocale().toString(std::abs(percent), 'f', 0);
    return percent > 0 ? tr("+%1 %").arg(number) : tr("−%1 %").arg(number);
}

void FigureTile::setFigure(const QString& text, double now, double before)
{
    m_value->setText(text);
    m_comparison->setText(tr("%1 vs. the period before").arg(change(now, before)));
}

void FigureTile::clear()
{
    m_value->setText(u"–"_s);
    m_comparison->setText(QString());
}

QString FigureTile::valueText() const
{
    return m_value->text();
}

QString FigureTile::comparisonText() const
{
    return m_comparison->text();
}
