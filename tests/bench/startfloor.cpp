// The floor of a Qt command's start-up: a program that creates a QCoreApplication and exits, built
// and linked as the kubeminder command is (Qt Core alone, -z now where the build asks for it).
// speed.sh times it beside `kubeminder --version`, so that the command's start reads as a multiple
// of what loading Qt Core costs on the machine at hand.
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return 0;
}
