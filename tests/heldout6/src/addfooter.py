import sys
import zipfile

src, dst = sys.argv[1], sys.argv[2]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
footer = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>"""
zin = zipfile.ZipFile(src)
zout = zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED)
for item in zin.infolist():
    data = (
        zin.read(item.filename).decode()
        if item.filename.endswith((".xml", ".rels"))
        else zin.read(item.filename)
    )
    if item.filename == "[Content_Types].xml":
        data = data.replace(
            "</Types>",
            '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>',
        )
    elif item.filename == "word/_rels/document.xml.rels":
        data = data.replace(
            "</Relationships>",
            '<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>',
        )
    elif item.filename == "word/document.xml":
        i = data.rfind("<w:sectPr")
        if i >= 0:
            j = data.find(">", i)
            data = (
                data[: j + 1]
                + '<w:footerReference w:type="default" r:id="rIdFtr1"/>'
                + data[j + 1 :]
            )
        else:
            data = data.replace(
                "</w:body>",
                '<w:sectPr><w:footerReference w:type="default" r:id="rIdFtr1"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body>',
            )
        data = data.replace(
            '<w:numRestart w:val="eachSect" />', '<w:numRestart w:val="continuous" />'
        )
        if "xmlns:r=" not in data[:2000]:
            print("WARN no r ns")
    zout.writestr(item, data)
zout.writestr("word/footer1.xml", footer)
zout.close()
