// hexastore: the desktop client.
#include "db/ConnectionSettings.h"
#include "QuitOnSignal.h"
#include "ui/AppController.h"
#include "ui/common/Appearance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

void installTranslators(QApplication& app)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (own->load(QLocale(), u"hexastore"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(own);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"HexaStore"_s);
    QApplication::setApplicationName(u"HexaStore"_s);
    QApplication::setApplicationDisplayName(u"HexaStore"_s);
    QApplication::setApplicationVersion(QStringLiteral(HEXASTORE_VERSION));
    QApplication::setDesktopFileName(u"hexastore"_s);
    // Before any window: the saved light, dark or desktop colours.
    Appearance::instance()->apply();
    QApplication::setWindowIcon(QIcon(u":/hexastore/icons/hexastore.svg"_s));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "HexaStore marketplace client"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"server"_s,
                      QApplication::translate("main", "Connect to this database instead of the "
                                                      "configured one (postgresql://…)."),
                      u"url"_s});
    parser.addOption({u"local-dir"_s,
                      QApplication::translate("main", "Directory of the local server."), u"dir"_s});
    parser.process(app);

    AppController::Options options;
    options.localServerDirectory = parser.value(u"local-dir"_s);
    if (parser.isSet(u"server"_s)) {
        auto settings = ConnectionSettings::fromUrl(parser.value(u"server"_s));
        if (!settings) {
            QMessageBox::critical(nullptr, u"HexaStore"_s, settings.error().message());
            return 2;
        }
        options.fixedServer = *settings;
    }
    QuitOnSignal quitOnSignal;
    AppController controller(options);
    controller.start();
    return QApplication::exec();
}
