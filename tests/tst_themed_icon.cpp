// The bundled icons (ThemedIcon): every name the screens use is there, drawn
// in the palette's colours (light ink on a dark palette, dark ink on a light
// one, following a palette change without being made again), and sharp at
// 200 % scale.
#include "ui/common/AppearancePalette.h"
#include "ui/widgets/ThemedIcon.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The names the screens ask for (resources/icons/README.md).
const QStringList kNames = {
    u"dashboard"_s, u"deliveries"_s, u"listings"_s,      u"orders"_s,      u"catalog"_s,
    u"cart"_s,      u"addresses"_s,  u"categories"_s,    u"promo-codes"_s, u"users"_s,
    u"audit-log"_s, u"account"_s,    u"notifications"_s, u"add"_s,         u"edit"_s,
    u"delete"_s,    u"refresh"_s,    u"search"_s,        u"export"_s,      u"import"_s,
    u"save"_s,      u"undo"_s,       u"copy"_s,          u"filter"_s,      u"hide"_s,
    u"show"_s,      u"logout"_s,     u"help"_s,          u"settings"_s,    u"checkout"_s,
    u"truck"_s,     u"check"_s,      u"warning"_s,       u"error"_s,       u"info"_s};

const QSize kSize(22, 22);

// What an icon's pixmap shows: how many pixels are drawn on, and how light
// they are on average (0 black to 1 white).
struct Ink {
    int pixels = 0;
    double lightness = 0;
};

Ink inkOf(const QPixmap& pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    Ink ink;
    double sum = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() < 128)
                continue;
            ++ink.pixels;
            sum += pixel.lightnessF();
        }
    }
    ink.lightness = ink.pixels ? sum / ink.pixels : 0;
    return ink;
}

// The colour of the pixels an icon covers fully.
QColor solidColorOf(const QPixmap& pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y).alpha() == 255)
                return image.pixelColor(x, y);
    return {};
}

} // namespace

class TstThemedIcon : public QObject {
    Q_OBJECT

private slots:
    void init();

    void everyNameLoads_data();
    void everyNameLoads();
    void followsThePalette_data();
    void followsThePalette();
    void modesTakeTheirPaletteColours();
    void unknownNameIsNull();
    void sharpAtDoubleScale();
};

void TstThemedIcon::init()
{
    QApplication::setPalette(AppearancePalette::light());
}

void TstThemedIcon::everyNameLoads_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : kNames)
        QTest::newRow(qPrintable(name)) << name;
}

void TstThemedIcon::everyNameLoads()
{
    QFETCH(QString, name);
    const QIcon icon = ThemedIcon::get(name);
    QVERIFY(!icon.isNull());
    const QPixmap pixmap = icon.pixmap(kSize);
    QCOMPARE(pixmap.size(), kSize);
    // Enough ink to be a drawing, not a stray dot.
    QVERIFY2(inkOf(pixmap).pixels >= 20, qPrintable(QString::number(inkOf(pixmap).pixels)));
}

void TstThemedIcon::followsThePalette_data()
{
    everyNameLoads_data();
}

void TstThemedIcon::followsThePalette()
{
    QFETCH(QString, name);
    const QIcon icon = ThemedIcon::get(name);
    const Ink onLight = inkOf(icon.pixmap(kSize));
    QVERIFY2(onLight.lightness < 0.3, qPrintable(QString::number(onLight.lightness)));
    // The same icon, not made again: it reads the palette when drawn.
    QApplication::setPalette(AppearancePalette::dark());
    const Ink onDark = inkOf(icon.pixmap(kSize));
    QVERIFY2(onDark.lightness > 0.7, qPrintable(QString::number(onDark.lightness)));
    QCOMPARE(onDark.pixels, onLight.pixels);
}

void TstThemedIcon::modesTakeTheirPaletteColours()
{
    const QIcon icon = ThemedIcon::get(u"orders"_s);
    for (const QPalette& palette : {AppearancePalette::light(), AppearancePalette::dark()}) {
        QApplication::setPalette(palette);
        QCOMPARE(solidColorOf(icon.pixmap(kSize, QIcon::Normal)),
                 palette.color(QPalette::Active, QPalette::WindowText));
        QCOMPARE(solidColorOf(icon.pixmap(kSize, QIcon::Disabled)),
                 palette.color(QPalette::Disabled, QPalette::WindowText));
        QCOMPARE(solidColorOf(icon.pixmap(kSize, QIcon::Selected)),
                 palette.color(QPalette::Active, QPalette::HighlightedText));
        // Active is a focused button too, not only a highlighted menu entry.
        QCOMPARE(solidColorOf(icon.pixmap(kSize, QIcon::Active)),
                 palette.color(QPalette::Active, QPalette::WindowText));
    }
}

void TstThemedIcon::unknownNameIsNull()
{
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no icon called no-such-icon"_s));
    QVERIFY(ThemedIcon::get(u"no-such-icon"_s).isNull());
}

void TstThemedIcon::sharpAtDoubleScale()
{
    const QIcon icon = ThemedIcon::get(u"edit"_s);
    const QPixmap pixmap = icon.pixmap(kSize, 2.0);
    QCOMPARE(pixmap.size(), kSize * 2);
    QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    // Drawn at 44 px from the SVG, not a 22 px drawing blown up.
    QImage drawn = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    drawn.setDevicePixelRatio(1);
    QCOMPARE(drawn, icon.pixmap(kSize * 2).toImage().convertToFormat(QImage::Format_ARGB32));
}

QTEST_MAIN(TstThemedIcon)
#include "tst_themed_icon.moc"
