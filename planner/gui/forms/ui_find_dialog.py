# GENERATED FILE: DO NOT EDIT.
# Made from ui/find_dialog.ui by tools/build_forms.py (make forms).
# Edit the .ui file in Qt Designer, then run `make forms`.

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QVBoxLayout,
)

class Ui_FindDialog(object):
    def setupUi(self, FindDialog):
        if not FindDialog.objectName():
            FindDialog.setObjectName(u"FindDialog")
        FindDialog.resize(760, 460)
        self.findLayout = QVBoxLayout(FindDialog)
        self.findLayout.setObjectName(u"findLayout")
        self.queryRow = QHBoxLayout()
        self.queryRow.setObjectName(u"queryRow")
        self.queryLabel = QLabel(FindDialog)
        self.queryLabel.setObjectName(u"queryLabel")

        self.queryRow.addWidget(self.queryLabel)

        self.queryEdit = QLineEdit(FindDialog)
        self.queryEdit.setObjectName(u"queryEdit")
        self.queryEdit.setClearButtonEnabled(True)

        self.queryRow.addWidget(self.queryEdit)


        self.findLayout.addLayout(self.queryRow)

        self.resultsTree = QTreeWidget(FindDialog)
        self.resultsTree.setObjectName(u"resultsTree")
        self.resultsTree.setRootIsDecorated(False)
        self.resultsTree.setUniformRowHeights(True)
        self.resultsTree.setAllColumnsShowFocus(True)

        self.findLayout.addWidget(self.resultsTree)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.countLabel = QLabel(FindDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.countLabel.setText(u"")

        self.bottomRow.addWidget(self.countLabel)

        self.buttonBox = QDialogButtonBox(FindDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottomRow.addWidget(self.buttonBox)


        self.findLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.queryLabel.setBuddy(self.queryEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FindDialog)
        self.buttonBox.rejected.connect(FindDialog.reject)
    # setupUi

    def retranslateUi(self, FindDialog):
        FindDialog.setWindowTitle(QCoreApplication.translate("FindDialog", u"Find", None))
        self.queryLabel.setText(QCoreApplication.translate("FindDialog", u"F&ind:", None))
#if QT_CONFIG(accessibility)
        self.queryEdit.setAccessibleName(QCoreApplication.translate("FindDialog", u"Text to find", None))
#endif // QT_CONFIG(accessibility)
        self.queryEdit.setPlaceholderText(QCoreApplication.translate("FindDialog", u"Any word, in every field of every interview", None))
        ___qtreewidgetitem = self.resultsTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("FindDialog", u"Text", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("FindDialog", u"Where", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("FindDialog", u"Interview", None))
#if QT_CONFIG(accessibility)
        self.resultsTree.setAccessibleName(QCoreApplication.translate("FindDialog", u"Places found", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
