#include "CourierDeliveryDetail.h"

#include "ui/widgets/WidgetHelpers.h"

#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel* factLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString lines(const QStringList& parts)
{
    QStringList kept;
    for (const QString& part : parts) {
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    }
    return kept.join(u'\n');
}

} // namespace

CourierDeliveryDetail::CourierDeliveryDetail(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_state(factLabel(this, u"deliveryState"_s))
    , m_pickup(factLabel(this, u"deliveryPickup"_s))
    , m_dropoff(factLabel(this, u"deliveryDropoff"_s))
    , m_items(factLabel(this, u"deliveryItems"_s))
    , m_collect(factLabel(this, u"deliveryCollect"_s))
    , m_body(new QWidget(this))
{
    setObjectName(u"deliveryDetail"_s);
    m_title->setObjectName(u"deliveryTitle"_s);
    WidgetHelpers::emphasize(m_title, 1.3);
    WidgetHelpers::emphasize(m_collect, 1.0);

    auto* facts = new QFormLayout;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    facts->addRow(tr("State:"), m_state);
    facts->addRow(tr("Pick up at:"), m_pickup);
    facts->addRow(tr("Deliver to:"), m_dropoff);
    facts->addRow(tr("Items:"), m_items);
    facts->addRow(tr("To collect:"), m_collect);

    // One under the other, full width: easy to hit, and only those allowed now show.
    auto* buttons = new QVBoxLayout;
    const QList<QPair<DeliveryStatus, QPushButton*>> steps{
        {DeliveryStatus::PickedUp,
         stepButton(DeliveryStatus::PickedUp, tr("Picked up"), u"stepPickedUp"_s)},
        {DeliveryStatus::OutForDelivery,
         stepButton(DeliveryStatus::OutForDelivery, tr("Out for delivery"),
                    u"stepOutForDelivery"_s)},
        {DeliveryStatus::Delivered,
         stepButton(DeliveryStatus::Delivered, tr("Delivered…"), u"stepDelivered"_s)},
        {DeliveryStatus::FailedAttempt,
         stepButton(DeliveryStatus::FailedAttempt, tr("Failed attempt…"), u"stepFailed"_s)},
        {DeliveryStatus::Returned,
         stepButton(DeliveryStatus::Returned, tr("Return to seller"), u"stepReturned"_s)},
    };
    m_steps = steps;
    for (const auto& entry : std::as_const(m_steps))
        buttons->addWidget(entry.second);

    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(facts);
    body->addLayout(buttons);
    body->addStretch();
    auto* layout = new QVBoxLayout(this);
    // At the top, whatever the height (also with no delivery chosen).
    layout->addWidget(m_title, 0, Qt::AlignTop);
    layout->addWidget(m_body, 1);
    showDelivery(std::nullopt, {}, false);
}

QPushButton* CourierDeliveryDetail::stepButton(DeliveryStatus to, const QString& text,
                                               const QString& name)
{
    auto* button = WidgetHelpers::namedButton(this, text, name);
    button->setMinimumHeight(36); // easy to hit on a touch screen
    connect(button, &QPushButton::clicked, this,
            [this, to] { emit stepRequested(m_deliveryId, to); });
    return button;
}

void CourierDeliveryDetail::showDelivery(const std::optional<CourierDelivery>& delivery,
                                         const QList<DeliveryStatus>& steps, bool waiting)
{
    m_deliveryId = delivery ? delivery->id : 0;
    m_body->setVisible(delivery.has_value());
    if (!delivery) {
        m_title->setText(tr("Choose a delivery"));
        return;
    }
    const CourierDelivery& d = *delivery;
    const QLocale locale;
    m_title->setText(tr("Order #%1").arg(d.orderId));
    QString state = d.mine ? deliveryStatusDisplayName(d.status)
                           : tr("Reassigned: no longer yours (on the server: %1)")
                                 .arg(deliveryStatusDisplayName(d.serverStatus));
    if (d.failedAttempts > 0)
        state += u' ' + tr("(failed attempts: %1)").arg(d.failedAttempts);
    if (waiting)
        state += u'\n' + tr("Waiting to be sent to the server.");
    m_state->setText(state);
    const bool details = !d.address.isEmpty() || !d.pickupAddress.isEmpty();
    m_pickup->setText(details ? lines({d.sellerName, d.pickupAddress, d.pickupPhone})
                              : tr("Not shown any more."));
    m_dropoff->setText(details ? lines({d.recipient, d.address, d.phone, d.note})
                               : tr("Not shown any more."));
    QStringList items;
    for (const QJsonValue& value : d.items) {
        const QJsonObject item = value.toObject();
        QString line = tr("%1 × %2")
                           .arg(item.value(u"quantity"_s).toInt())
                           .arg(item.value(u"name"_s).toString());
        QStringList options;
        const QJsonObject chosen = item.value(u"options"_s).toObject();
        for (auto it = chosen.begin(); it != chosen.end(); ++it)
            options << tr("%1: %2").arg(it.key(), it.value().toVariant().toString());
        if (!options.isEmpty())
            line += u" ("_s + options.join(u", "_s) + u')';
        items << line;
    }
    m_items->setText(items.isEmpty() ? tr("—") : items.join(u'\n'));
    m_collect->setText(d.amountToCollect.cents() > 0
                           ? tr("%1 in cash").arg(d.amountToCollect.toDisplayString(locale))
                           : tr("Nothing (paid)"));
    for (const auto& [to, button] : std::as_const(m_steps)) {
        button->setVisible(steps.contains(to));
        button->setEnabled(steps.contains(to));
    }
}
