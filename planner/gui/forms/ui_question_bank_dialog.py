# GENERATED FILE: DO NOT EDIT.
# Made from ui/question_bank_dialog.ui by tools/build_forms.py (make forms).
# Edit the .ui file in Qt Designer, then run `make forms`.

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QTreeWidget, QVBoxLayout

class Ui_QuestionBankDialog(object):
    def setupUi(self, QuestionBankDialog):
        if not QuestionBankDialog.objectName():
            QuestionBankDialog.setObjectName(u"QuestionBankDialog")
        QuestionBankDialog.resize(720, 560)
        self.dialogLayout = QVBoxLayout(QuestionBankDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(QuestionBankDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.showAllCheck = QCheckBox(QuestionBankDialog)
        self.showAllCheck.setObjectName(u"showAllCheck")

        self.dialogLayout.addWidget(self.showAllCheck)

        self.questionTree = QTreeWidget(QuestionBankDialog)
        self.questionTree.setObjectName(u"questionTree")
        self.questionTree.setHeaderHidden(True)
        self.questionTree.setUniformRowHeights(True)

        self.dialogLayout.addWidget(self.questionTree)

        self.whyLabel = QLabel(QuestionBankDialog)
        self.whyLabel.setObjectName(u"whyLabel")
        self.whyLabel.setText(u"")
        self.whyLabel.setWordWrap(True)
        self.whyLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.whyLabel)

        self.buttonBox = QDialogButtonBox(QuestionBankDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(QuestionBankDialog)
        self.buttonBox.accepted.connect(QuestionBankDialog.accept)
        self.buttonBox.rejected.connect(QuestionBankDialog.reject)
    # setupUi

    def retranslateUi(self, QuestionBankDialog):
        QuestionBankDialog.setWindowTitle(QCoreApplication.translate("QuestionBankDialog", u"Likely questions", None))
        self.introLabel.setText(QCoreApplication.translate("QuestionBankDialog", u"Tick the questions you want to prepare. They are grouped by who tends to ask them; hover over one to see what the asker wants to learn.", None))
        self.showAllCheck.setText(QCoreApplication.translate("QuestionBankDialog", u"&Show questions for every kind of interviewer, not only the people on my list", None))
        ___qtreewidgetitem = self.questionTree.headerItem()
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("QuestionBankDialog", u"Question", None))
#if QT_CONFIG(accessibility)
        self.questionTree.setAccessibleName(QCoreApplication.translate("QuestionBankDialog", u"Question bank", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
