"""The phrase bank of the replica: what ward portals write about, and how.

Data only; `replica.generate` picks from it with a seeded RNG and fills the
{placeholders} (listed in `PLACEHOLDERS`). The shapes follow portals.md
section 4.7: a lead sentence with time, organiser and event; the attendees;
content and results with Vietnamese numbers ("1.000 phần quà"); a closing
paragraph on the event's significance. A few phrases keep the old tone-mark
placement ("hoà", "Uỷ ban", "thuỷ") that real portals still mix in.
"""

# Every placeholder a template may use (generate.py fills all of them).
PLACEHOLDERS = frozenset("""
When date year next_year month month_year ward Ward kind Kind hamlet Hamlet hamlet2 province
leader leader_name secretary chair vice front police_chief military_chief health_chief
youth_chief women_chief party_committee ratio n_small n_small2 n_mid n_mid2 n_big money money_total percent
plan_ref plan_no decision_ref decision_no notice_ref notice_no
""".split())

# Opening time phrases; {date} is the event date ("11/01/2026").
WHEN = [
    "Sáng ngày {date}", "Sáng {date}", "Chiều ngày {date}", "Chiều {date}", "Ngày {date}",
    "Tối {date}", "Vào lúc 8 giờ 00, ngày {date}", "Vào hồi 14h00, ngày {date}",
    "Sáng nay ({date})",
]

# The attendees sentence; generate.py appends the chain of officials.
ATTENDEE_INTROS = [
    "Tham dự có", "Đến dự và chỉ đạo có", "Về dự có",     "Cùng tham dự có",
]
ATTENDEE_TAILS = [
    "cùng lãnh đạo các ban, ngành, đoàn thể {kind} và Trưởng các khu dân cư",
    "đại diện lãnh đạo Ủy ban MTTQ Việt Nam {kind}, các đoàn thể chính trị - xã hội cùng đông đảo Nhân dân",
    "cùng các đồng chí Phó Chủ tịch UBND, Trưởng các phòng chuyên môn {kind}",
    "cùng đại diện Bí thư chi bộ, Trưởng ban công tác Mặt trận các khu dân cư trên địa bàn",
]

# Positions of the ward's officials, as "đồng chí <Name> – <Position>" builds them.
POSITIONS = {
    "secretary": "Bí thư Đảng ủy, Chủ tịch HĐND {kind}",
    "chair": "Phó Bí thư Đảng ủy, Chủ tịch UBND {kind}",
    "standing": "Phó Bí thư Thường trực Đảng uỷ {kind}",
    "vice": "Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch UBND {kind}",
    "vice2": "Phó Chủ tịch UBND {kind}",
    "council_vice": "Phó Chủ tịch HĐND {kind}",
    "front": "Chủ tịch Ủy ban MTTQ Việt Nam {kind}",
    "police_chief": "Trưởng Công an {kind}",
    "military_chief": "Chỉ huy trưởng Ban CHQS {kind}",
    "health_chief": "Trạm trưởng Trạm Y tế {kind}",
    "youth_chief": "Bí thư Đoàn {kind}",
    "women_chief": "Chủ tịch Hội LHPN {kind}",
    "culture_chief": "Giám đốc Trung tâm Văn hoá - Thông tin và Thể thao {kind}",
}
RANKS = {"police_chief": ["Thượng tá", "Trung tá"], "military_chief": ["Thiếu tá", "Đại úy"]}
# Guests from the province ("{province}" is "tỉnh Đồng Nai" or "thành phố Hà Nội").
GUEST_POSITIONS = [
    "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận {party_committee}",
    "Phó Chủ tịch Ủy ban MTTQ Việt Nam {province}",
    "Phó Giám đốc Sở Y tế {province}",
    "Tỉnh ủy viên, Phó Chủ tịch HĐND {province}",
]

SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Trương Lưu Mai".split()
MIDDLE_NAMES = "Văn Thị Minh Hữu Đức Thanh Quốc Ngọc Xuân Hoàng Anh Thu Đại Thế Kim".split()
GIVEN_NAMES = ("Hà Giang Tuấn Bình Phong Kiều Hùng Lan Hương Dũng Thắng Nam Hải Trung Hằng Nguyệt "
               "Khoa Lộc Thủy Tâm Cường Quyết Sơn Vinh Yến Thành Nghĩa").split()
# Bylines use two-word names ("Thanh Sang"): the first and the second word.
BYLINE_FIRST = "Thanh Kim Minh Quốc Hữu Ngọc Lan Thu Bích Đức Hoài Mỹ Phương Gia Bảo Diễm Trọng Khánh".split()
BYLINE_SECOND = "Sang Phượng Thư Huy Anh Diệp Hằng Trang Ngọc Tâm Dũng Hải Loan Nhi Hân Tùng Quân Vy Đồng".split()

# Units named in credits ({kind}: "phường" / "xã").
CREDIT_UNITS = [
    "Văn phòng HĐND và UBND", "Văn phòng HĐND & UBND {kind}", "Trung tâm Văn hóa - Thông tin và Thể thao",
    "Trung tâm Văn hoá & Thể thao {kind}", "Trung tâm VH, TT-TT", "Đài truyền thanh {kind}",
]
CREDIT_BRACKET_UNITS = ["Hội LHPN {kind}", "Đoàn {kind}", "Công an {kind}", "Hội Nông dân {kind}", "Ban CHQS {kind}"]
CREDIT_ABBREVIATIONS = ["VHXH", "VP HĐND-UBND", "BBT"]

# Paragraphs that fit any event ("event") or any notice ("notice"), to bring a
# short article up to length.
FOLLOW_UPS = {
    "event": [
        "Theo đánh giá của Ban tổ chức, công tác chuẩn bị được thực hiện chu đáo, đúng kế hoạch; các khu dân cư, ban, ngành, đoàn thể đã phối hợp chặt chẽ, huy động đông đảo lực lượng cùng tham gia.",
        "Dịp này, UBND {kind} đã biểu dương {n_small} tập thể và {n_mid} cá nhân có nhiều đóng góp, đồng thời giao Trung tâm Văn hóa - Thông tin và Thể thao {kind} đẩy mạnh tuyên truyền trên hệ thống loa truyền thanh và trang thông tin điện tử.",
        "Hoạt động nhận được sự hưởng ứng tích cực của Nhân dân {hamlet} và {hamlet2}; nhiều hộ gia đình, doanh nghiệp trên địa bàn đã chủ động đóng góp kinh phí, ngày công để hoạt động đạt kết quả tốt.",
    ],
    "notice": [
        "Văn bản được đăng tải trên trang thông tin điện tử {ward}, niêm yết công khai tại trụ sở UBND {kind} và thông báo trên hệ thống loa truyền thanh của các khu dân cư.",
        "Trưởng các khu dân cư có trách nhiệm phổ biến nội dung thông báo đến từng hộ gia đình; tổng hợp ý kiến, kiến nghị của Nhân dân gửi về Văn phòng HĐND và UBND {kind} để tổng hợp, báo cáo.",
    ],
}

# Sentences appended to one paragraph when an article is edited after publication.
EDIT_ADDITIONS = [
    "Số liệu trên đã được cập nhật theo báo cáo của các khu dân cư đến hết ngày {date}.",
    "Ngoài ra, {n_small} tập thể và {n_mid} cá nhân đã được biểu dương vì có thành tích xuất sắc.",
    "Danh sách cụ thể được niêm yết công khai tại trụ sở UBND {ward} và nhà văn hóa các khu dân cư.",
    "Mọi thắc mắc xin liên hệ Văn phòng HĐND và UBND {kind} trong giờ hành chính để được hướng dẫn.",
]

# One dict per topic. sections: the ReplicaSection keys it may be filed under; months / years /
# kinds: when and where it happens (empty: always); attendees: an event with guests;
# documents: references listed as PDF attachments ("plan", "decision", "notice").
TOPICS = [
    {
        "key": "hoi-nghi-nhan-dan", "sections": ("tin-tuc", "dang-doan-the"), "months": (), "attendees": True,
        "documents": (),
        "titles": [
            "{Ward} tổ chức Hội nghị nhân dân năm {year} tại {hamlet}",
            "Hội nghị nhân dân {hamlet}: dân chủ, thẳng thắn và trách nhiệm",
            "Sôi nổi Hội nghị nhân dân ở {hamlet}, {ward}",
        ],
        "leads": [
            "Hội nghị nhân dân là dịp để người dân {hamlet} đóng góp ý kiến vào những việc lớn của khu dân cư trong năm {year}.",
            "Gần {n_mid} hộ dân {hamlet} đã dự hội nghị, thống nhất nhiều nội dung về an ninh trật tự và vệ sinh môi trường.",
        ],
        "openings": [
            "{When}, Ban công tác Mặt trận {hamlet} phối hợp với Ban điều hành khu dân cư tổ chức Hội nghị nhân dân năm {year}, với sự tham dự của {n_mid} đại biểu đại diện các hộ gia đình.",
            "{When}, tại nhà văn hóa {hamlet}, {ward} tổ chức Hội nghị nhân dân nhằm đánh giá kết quả thực hiện quy chế dân chủ ở cơ sở và bàn phương hướng nhiệm vụ năm {next_year}.",
        ],
        "body": [
            "Tại hội nghị, Trưởng khu dân cư đã thông qua báo cáo kết quả thực hiện nhiệm vụ năm {year}. Theo đó, khu dân cư có {n_mid} hộ với {n_mid2} nhân khẩu; tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa đạt {percent}%; các khoản đóng góp tự nguyện đạt {money_total}.",
            "Các đại biểu đã thảo luận sôi nổi, tập trung vào các vấn đề như chiếu sáng đường ngõ, thu gom rác thải, tình trạng lấn chiếm vỉa hè và bảo đảm TTATXH. Những ý kiến thuộc thẩm quyền đã được lãnh đạo {kind} trả lời trực tiếp tại hội nghị.",
            "Hội nghị đã biểu quyết thống nhất các nội dung: duy trì tổ tự quản về an ninh trật tự, tổ hoà giải ở cơ sở; vận động Nhân dân đóng góp xây dựng tuyến đường bê tông dài {n_mid} mét với tổng kinh phí dự kiến {money_total}.",
            "Dịp này, Ban công tác Mặt trận đã khen thưởng {n_small} hộ gia đình tiêu biểu và trao {n_small2} suất quà, mỗi suất trị giá {money}, cho các hộ có hoàn cảnh khó khăn trong khu dân cư.",
            "Phát biểu tại hội nghị, {leader} ghi nhận sự đồng thuận của Nhân dân {hamlet}, đề nghị Ban điều hành khu dân cư tiếp tục phát huy vai trò tự quản, kịp thời nắm bắt tâm tư, nguyện vọng của người dân để phản ánh với cấp uỷ, chính quyền.",
        ],
        "closings": [
            "Hội nghị nhân dân đã diễn ra trong không khí dân chủ, đoàn kết, góp phần phát huy quyền làm chủ của Nhân dân, tạo sự đồng thuận trong thực hiện các nhiệm vụ phát triển KT-XH của {ward}.",
            "Thông qua hội nghị, các chủ trương của Đảng, chính sách pháp luật của Nhà nước được truyền tải trực tiếp đến từng hộ dân, góp phần xây dựng khu dân cư ngày càng văn minh, an toàn.",
        ],
        "captions": [
            "Quang cảnh Hội nghị nhân dân tại {hamlet}.",
            "Người dân phát biểu ý kiến tại hội nghị.",
            "{leader} phát biểu tại hội nghị.",
        ],
    },
    {
        "key": "tiep-xuc-cu-tri", "sections": ("tin-tuc",), "months": (6, 7, 11, 12), "attendees": True,
        "documents": (),
        "titles": [
            "Đại biểu HĐND {kind} tiếp xúc cử tri trước kỳ họp thường lệ cuối năm {year}",
            "Cử tri {ward} kiến nghị nhiều vấn đề dân sinh",
            "Tổ đại biểu HĐND {ward} tiếp xúc cử tri {hamlet}",
        ],
        "leads": [
            "Nhiều ý kiến, kiến nghị của cử tri liên quan đến hạ tầng, đất đai và an sinh xã hội đã được ghi nhận và trả lời tại buổi tiếp xúc.",
            "Trước kỳ họp HĐND {kind}, các đại biểu đã lắng nghe {n_small} lượt ý kiến của cử tri {hamlet} và {hamlet2}.",
        ],
        "openings": [
            "{When}, Thường trực HĐND {ward} phối hợp với Ban Thường trực Ủy ban MTTQ Việt Nam {kind} tổ chức hội nghị tiếp xúc cử tri trước kỳ họp thường lệ của HĐND {kind}.",
            "{When}, Tổ đại biểu HĐND {kind} số {n_small2} đã tiếp xúc cử tri tại {hamlet} để thông tin về nội dung dự kiến của kỳ họp và lắng nghe ý kiến, kiến nghị của Nhân dân.",
        ],
        "body": [
            "Tại hội nghị, đại diện UBND {kind} đã báo cáo tình hình thực hiện nhiệm vụ phát triển KT-XH, bảo đảm quốc phòng - an ninh năm {year}; tổng thu ngân sách trên địa bàn ước đạt {money_total}, đạt {percent}% dự toán.",
            "Cử tri đã nêu {n_small} ý kiến, kiến nghị, tập trung vào việc nâng cấp tuyến đường liên khu dân cư, xử lý điểm ngập úng cục bộ khi mưa lớn, tình trạng tập kết rác thải không đúng nơi quy định và việc giải quyết hồ sơ đất đai còn chậm.",
            "Thay mặt Tổ đại biểu, {leader} đã tiếp thu, giải trình làm rõ các nội dung thuộc thẩm quyền; đối với các kiến nghị vượt thẩm quyền, Thường trực HĐND {kind} sẽ tổng hợp, chuyển đến cơ quan có thẩm quyền xem xét, trả lời cử tri theo quy định.",
            "Nhiều cử tri bày tỏ sự đồng tình với việc sắp xếp tổ chức bộ máy chính quyền địa phương hai cấp, đồng thời đề nghị tiếp tục đẩy mạnh CCHC, giảm thời gian giải quyết thủ tục cho người dân tại Trung tâm Phục vụ hành chính công {kind}.",
        ],
        "closings": [
            "Buổi tiếp xúc cử tri là kênh thông tin quan trọng giúp đại biểu HĐND nắm bắt tâm tư, nguyện vọng của Nhân dân, từ đó mang những vấn đề thiết thực đến kỳ họp để thảo luận, quyết định.",
        ],
        "captions": [
            "Cử tri {hamlet} phát biểu ý kiến tại buổi tiếp xúc.",
            "Quang cảnh hội nghị tiếp xúc cử tri.",
        ],
    },
    {
        "key": "trao-qua-tet", "sections": ("van-hoa-xa-hoi", "tin-tuc"), "months": (1, 2), "attendees": True,
        "documents": ("plan",),
        "titles": [
            "{Ward} trao {n_big} phần quà Tết cho hộ nghèo, gia đình chính sách",
            "Ấm áp chương trình Xuân yêu thương năm {year} tại {ward}",
            "Trao quà Tết Nguyên đán Bính Ngọ cho người có công và hộ khó khăn",
        ],
        "leads": [
            "Mỗi phần quà trị giá {money}, được trao tận tay các gia đình chính sách, hộ nghèo, hộ cận nghèo trước thềm năm mới.",
            "Chương trình nhằm bảo đảm mọi người, mọi nhà đều được vui Xuân, đón Tết đầm ấm, an toàn.",
        ],
        "openings": [
            "{When}, UBND {ward} phối hợp với Ủy ban MTTQ Việt Nam {kind} tổ chức chương trình trao quà Tết Nguyên đán cho gia đình chính sách, người có công, hộ nghèo và hộ cận nghèo trên địa bàn.",
            "Thực hiện {plan_ref} của UBND {kind} về tổ chức các hoạt động chăm lo Tết Nguyên đán, {When}, {ward} đã trao quà cho các gia đình có hoàn cảnh khó khăn.",
        ],
        "body": [
            "Dịp này, {kind} đã trao tổng cộng {n_big} phần quà, mỗi phần gồm tiền mặt {money} cùng gạo, dầu ăn và bánh chưng; tổng kinh phí thực hiện {money_total}, được vận động từ các doanh nghiệp, nhà hảo tâm và nguồn quỹ Vì người nghèo của {kind}.",
            "Ngoài quà của {kind}, {n_mid} gia đình người có công còn nhận quà của Chủ tịch nước và quà của {province}; các đoàn thể cũng đến thăm, tặng quà cho {n_small} cán bộ lão thành cách mạng và Mẹ Việt Nam anh hùng.",
            "Phát biểu tại chương trình, {leader} gửi lời thăm hỏi, chúc Tết đến các gia đình; mong các hộ tiếp tục vượt khó, vươn lên trong cuộc sống, cùng chung tay xây dựng quê hương ngày càng giàu đẹp.",
            "Đối với những người cao tuổi, người khuyết tật không thể đến nhận quà, các đoàn công tác của {kind} đã trực tiếp đến tận nhà tại {hamlet} và {hamlet2} để thăm hỏi, trao quà.",
        ],
        "closings": [
            "Những phần quà tuy không lớn về giá trị vật chất nhưng thể hiện sự quan tâm của cấp ủy, chính quyền và tinh thần \"tương thân tương ái\" của cộng đồng, giúp các gia đình đón Tết đầm ấm, vui tươi.",
            "Hoạt động góp phần thực hiện tốt chính sách an sinh xã hội, bảo đảm không để ai bị bỏ lại phía sau, nhất là trong dịp Tết cổ truyền của dân tộc.",
        ],
        "captions": [
            "Lãnh đạo {kind} trao quà Tết cho các hộ gia đình.",
            "{leader} thăm hỏi, chúc Tết gia đình chính sách.",
            "Các phần quà được chuẩn bị chu đáo trước khi trao cho người dân.",
        ],
    },
    {
        "key": "trung-thu", "sections": ("van-hoa-xa-hoi", "dang-doan-the"), "months": (9, 10), "attendees": True,
        "documents": (),
        "titles": [
            "Vui Tết Trung thu cho thiếu nhi {ward} năm {year}",
            "Đêm hội trăng rằm ấm áp tại {hamlet}",
            "Trao {n_mid} phần quà Trung thu cho trẻ em có hoàn cảnh khó khăn",
        ],
        "leads": [
            "Hàng trăm em thiếu nhi đã có một đêm hội trăng rằm đầy màu sắc với các tiết mục văn nghệ, rước đèn và phá cỗ.",
            "Chương trình mang đến niềm vui cho các em, nhất là trẻ em có hoàn cảnh khó khăn trên địa bàn.",
        ],
        "openings": [
            "{When}, Đoàn {kind} phối hợp với Hội LHPN và Trung tâm Văn hóa - Thông tin và Thể thao {kind} tổ chức chương trình \"Vui Tết Trung thu\" năm {year} cho thiếu nhi trên địa bàn {ward}.",
            "{When}, tại sân nhà văn hóa {hamlet}, Ban điều hành khu dân cư tổ chức đêm hội trăng rằm cho hơn {n_mid} em thiếu nhi.",
        ],
        "body": [
            "Chương trình gồm nhiều tiết mục văn nghệ đặc sắc do chính các em biểu diễn, trò chơi dân gian, thi làm lồng đèn và múa lân; các em còn được nghe kể về ý nghĩa của Tết Trung thu và tình cảm của Bác Hồ dành cho thiếu nhi.",
            "Dịp này, Ban tổ chức đã trao {n_mid} phần quà cho trẻ em có hoàn cảnh khó khăn, trẻ em khuyết tật, mỗi phần quà trị giá {money}; đồng thời khen thưởng {n_small} em có thành tích học tập xuất sắc trong năm học vừa qua.",
            "Tổng kinh phí tổ chức chương trình là {money_total}, do các nhà hảo tâm, doanh nghiệp trên địa bàn và phụ huynh đóng góp, được công khai tại khu dân cư.",
            "Kết thúc chương trình, các em thiếu nhi cùng rước đèn quanh các tuyến phố của {hamlet} và {hamlet2} trong không khí vui tươi, rộn ràng.",
        ],
        "closings": [
            "Chương trình thể hiện sự quan tâm của cấp ủy, chính quyền và các đoàn thể đối với thế hệ măng non, góp phần giữ gìn nét đẹp văn hoá truyền thống của dân tộc.",
        ],
        "captions": [
            "Các em thiếu nhi rước đèn Trung thu.",
            "Trao quà Trung thu cho các em có hoàn cảnh khó khăn.",
            "Tiết mục múa lân trong đêm hội trăng rằm.",
        ],
    },
    {
        "key": "kham-benh", "sections": ("van-hoa-xa-hoi",), "months": (), "attendees": False,
        "documents": (),
        "titles": [
            "Khám bệnh, cấp thuốc miễn phí cho {n_mid2} người dân {ward}",
            "Khám sức khỏe miễn phí cho người cao tuổi tại {hamlet}",
            "Ấm lòng chương trình khám bệnh, tư vấn sức khoẻ cho Nhân dân",
        ],
        "leads": [
            "Người dân được khám tổng quát, đo huyết áp, xét nghiệm đường huyết và nhận thuốc miễn phí theo đơn của bác sĩ.",
            "Chương trình hướng đến người cao tuổi, người có công và các hộ có hoàn cảnh khó khăn.",
        ],
        "openings": [
            "{When}, Trạm Y tế {kind} phối hợp với Hội Chữ thập đỏ {kind} tổ chức khám bệnh, cấp thuốc miễn phí cho người dân tại {hamlet}.",
            "{When}, UBND {ward} phối hợp với một bệnh viện trên địa bàn {province} tổ chức chương trình khám sức khỏe miễn phí cho người cao tuổi và người có công với cách mạng.",
        ],
        "body": [
            "Tại chương trình, đội ngũ gồm {n_small} bác sĩ và {n_small2} điều dưỡng đã khám tổng quát, đo huyết áp, đo điện tim, siêu âm và tư vấn chế độ dinh dưỡng cho {n_mid2} người dân; {n_mid} trường hợp được phát hiện có nguy cơ tăng huyết áp, đái tháo đường.",
            "Người dân được cấp thuốc miễn phí theo đơn, tổng trị giá thuốc và vật tư y tế là {money_total}; những trường hợp cần điều trị chuyên sâu đã được tư vấn chuyển tuyến kịp thời.",
            "Bà con cũng được hướng dẫn cài đặt, sử dụng sổ sức khoẻ điện tử trên ứng dụng VNeID để tra cứu kết quả khám bệnh, tiêm chủng và lịch sử khám chữa bệnh của bản thân.",
            "Theo {health_chief}, thời gian tới Trạm Y tế sẽ tiếp tục phối hợp với các đơn vị tổ chức khám định kỳ tại các khu dân cư còn lại, ưu tiên người cao tuổi sống một mình.",
        ],
        "closings": [
            "Chương trình góp phần chăm sóc sức khỏe ban đầu cho Nhân dân, nâng cao ý thức phòng bệnh, đồng thời thể hiện sự quan tâm của chính quyền đối với các đối tượng chính sách.",
        ],
        "captions": [
            "Bác sĩ khám bệnh cho người cao tuổi.",
            "Người dân nhận thuốc miễn phí tại chương trình.",
            "Đo huyết áp, tư vấn sức khỏe cho bà con {hamlet}.",
        ],
    },
    {
        "key": "ve-sinh-moi-truong", "sections": ("tin-tuc", "dang-doan-the"), "months": (), "attendees": True,
        "documents": ("plan",),
        "closings": [
            "Hoạt động nhằm từng bước hình thành thói quen giữ gìn vệ sinh chung của người dân, xây dựng môi trường sống xanh - sạch - đẹp, văn minh.",
            "Thời gian tới, {kind} sẽ duy trì ra quân định kỳ vào sáng Chủ nhật hằng tuần, đồng thời xử lý nghiêm các trường hợp xả rác không đúng nơi quy định.",
        ],
        "variants": [
            {
                "titles": ["{Ward} ra quân tổng vệ sinh môi trường", "Ngày Chủ nhật xanh - sạch - đẹp tại {hamlet}"],
                "leads": ["Hơn {n_mid2} cán bộ, đoàn viên và người dân đã tham gia thu gom rác thải, phát quang bụi rậm, khơi thông cống rãnh."],
                "openings": ["{When}, UBND {ward} tổ chức lễ ra quân tổng vệ sinh môi trường, hưởng ứng phong trào \"Ngày Chủ nhật xanh\" theo {plan_ref}."],
                "body": [
                    "Ngay sau lễ ra quân, các lực lượng đã chia thành {n_small} tổ, tiến hành thu gom rác thải, phát quang bụi rậm, nạo vét khơi thông {n_mid} mét cống rãnh và xử lý {n_small2} điểm tập kết rác tự phát trên các tuyến đường chính.",
                    "Tại {hamlet}, đoàn viên thanh niên cùng bà con đã sơn sửa lại bức tường dài {n_mid} mét, vẽ tranh cổ động về bảo vệ môi trường và trồng mới {n_mid2} cây xanh, bồn hoa.",
                    "Kết thúc buổi ra quân, đã thu gom được khoảng {n_small2} tấn rác thải các loại, chuyển đến nơi xử lý theo quy định; nhiều tuyến đường, kênh mương thuỷ lợi trở nên sạch sẽ, thông thoáng.",
                ],
                "captions": ["Lực lượng đoàn viên thanh niên thu gom rác thải.", "Người dân {hamlet} hưởng ứng ra quân vệ sinh môi trường."],
            },
            {
                "titles": ["Ra quân diệt lăng quăng, phòng chống sốt xuất huyết tại {hamlet}", "{Ward} chủ động phòng, chống sốt xuất huyết"],
                "leads": ["Đợt ra quân nhằm nâng cao ý thức phòng, chống dịch bệnh trong cộng đồng, nhất là trong mùa mưa."],
                "openings": ["{When}, Ủy ban MTTQ Việt Nam {kind} phối hợp với Trạm Y tế và các đoàn thể ra quân diệt lăng quăng, muỗi truyền bệnh sốt xuất huyết tại {hamlet} và {hamlet2}."],
                "body": [
                    "Các tổ công tác đã kiểm tra {n_mid2} hộ gia đình, hướng dẫn người dân úp các vật dụng chứa nước, thả cá bảy màu vào lu, khạp và thay nước bình bông để diệt lăng quăng.",
                    "Theo thống kê của Trạm Y tế {kind}, từ đầu năm {year} đến nay trên địa bàn ghi nhận {n_small} ca mắc sốt xuất huyết, giảm so với cùng kỳ; không có ổ dịch lớn xảy ra.",
                    "{health_chief} khuyến cáo người dân ngủ màn kể cả ban ngày, khi có dấu hiệu sốt cao liên tục cần đến ngay cơ sở y tế để được khám và điều trị kịp thời, không tự ý điều trị tại nhà.",
                ],
                "captions": ["Hướng dẫn người dân diệt lăng quăng tại hộ gia đình.", "Thả cá bảy màu vào dụng cụ chứa nước."],
            },
        ],
    },
    {
        "key": "giao-nhan-quan", "sections": ("tin-tuc",), "months": (2, 3), "attendees": True,
        "documents": ("decision",),
        "titles": [
            "{Ward} tổ chức lễ giao nhận quân năm {year}",
            "{n_small} thanh niên {ward} lên đường nhập ngũ",
            "Rộn ràng ngày hội tòng quân tại {ward}",
        ],
        "leads": [
            "Các tân binh đều có sức khỏe tốt, trình độ học vấn đáp ứng yêu cầu, sẵn sàng nhận và hoàn thành tốt nhiệm vụ.",
            "Không khí ngày hội tòng quân diễn ra trang trọng, ấm áp trong niềm tự hào của gia đình và Nhân dân địa phương.",
        ],
        "openings": [
            "{When}, Hội đồng NVQS {ward} tổ chức lễ giao nhận quân năm {year} theo {decision_ref} của Chủ tịch UBND {kind}.",
            "{When}, tại trụ sở UBND {kind}, {ward} long trọng tổ chức lễ tiễn thanh niên lên đường thực hiện nghĩa vụ quân sự và nghĩa vụ tham gia Công an nhân dân năm {year}.",
        ],
        "body": [
            "Năm nay, {kind} có {n_small} thanh niên lên đường nhập ngũ, trong đó có {n_small2} thanh niên có trình độ cao đẳng, đại học và {n_small2} thanh niên là đảng viên; 100% tân binh tự nguyện viết đơn tình nguyện nhập ngũ.",
            "Tại buổi lễ, {military_chief} đã thông qua quyết định gọi công dân nhập ngũ; đại diện các đơn vị nhận quân đã tiếp nhận tân binh, bảo đảm đúng, đủ chỉ tiêu, an toàn và tiết kiệm.",
            "Dịp này, UBND {kind} và các doanh nghiệp trên địa bàn đã tặng mỗi tân binh một phần quà trị giá {money}; Hội Cựu chiến binh {kind} trao tặng sổ tay, ba lô và lời căn dặn của những người đi trước.",
            "Phát biểu tại buổi lễ, {leader} căn dặn các tân binh luôn giữ vững phẩm chất Bộ đội Cụ Hồ, chấp hành nghiêm kỷ luật quân đội, tích cực học tập, rèn luyện để trưởng thành trong môi trường quân ngũ.",
        ],
        "closings": [
            "Lễ giao nhận quân là dịp để tuổi trẻ {ward} thể hiện trách nhiệm với Tổ quốc, góp phần xây dựng nền quốc phòng toàn dân vững mạnh.",
        ],
        "captions": [
            "Các tân binh tại lễ giao nhận quân.",
            "Lãnh đạo {kind} tặng hoa, động viên tân binh lên đường nhập ngũ.",
        ],
    },
    {
        "key": "dai-doan-ket", "sections": ("dang-doan-the", "van-hoa-xa-hoi"), "months": (10, 11), "attendees": True,
        "documents": (),
        "titles": [
            "Ngày hội Đại đoàn kết toàn dân tộc tại {hamlet}",
            "Sôi nổi Ngày hội Đại đoàn kết ở các khu dân cư {ward}",
            "{Ward} tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm {year}",
        ],
        "leads": [
            "Ngày hội là dịp để Nhân dân ôn lại truyền thống vẻ vang của Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/{year}).",
            "Nhiều hộ gia đình, cá nhân tiêu biểu trong phong trào xây dựng khu dân cư văn hóa đã được biểu dương, khen thưởng.",
        ],
        "openings": [
            "{When}, Ban công tác Mặt trận {hamlet} long trọng tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm {year}, hướng tới kỷ niệm ngày truyền thống Mặt trận Tổ quốc Việt Nam.",
            "{When}, Ủy ban MTTQ Việt Nam {ward} phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại {hamlet}, thu hút đông đảo Nhân dân tham gia.",
        ],
        "body": [
            "Báo cáo tại ngày hội cho biết, năm qua khu dân cư có {percent}% hộ gia đình đạt danh hiệu gia đình văn hóa; Nhân dân đã đóng góp {money_total} để làm đường giao thông, lắp đặt {n_mid} bóng đèn chiếu sáng và camera an ninh.",
            "Cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\" tiếp tục được triển khai hiệu quả; {n_small} hộ nghèo đã được hỗ trợ sinh kế, sửa chữa nhà ở từ nguồn Quỹ Vì người nghèo.",
            "Dịp này, Ban tổ chức đã khen thưởng {n_small2} tập thể, {n_small} hộ gia đình tiêu biểu và trao {n_mid} phần quà cho hộ nghèo, hộ cận nghèo, mỗi phần trị giá {money}.",
            "Sau phần lễ là các hoạt động văn nghệ, thể thao, trò chơi dân gian và bữa cơm đoàn kết ấm cúng giữa lãnh đạo {kind} với bà con khu dân cư.",
        ],
        "closings": [
            "Ngày hội Đại đoàn kết thực sự là ngày hội của Nhân dân, góp phần củng cố, tăng cường khối đại đoàn kết toàn dân tộc, tạo động lực để {hamlet} tiếp tục phát triển.",
        ],
        "captions": [
            "Lãnh đạo {kind} trao giấy khen cho các hộ gia đình tiêu biểu.",
            "Bữa cơm đoàn kết tại ngày hội.",
            "Tiết mục văn nghệ chào mừng Ngày hội Đại đoàn kết.",
        ],
    },
    {
        "key": "dai-hoi-dang", "sections": ("dang-doan-the", "tin-tuc"), "months": (7, 8, 9), "years": (2025,),
        "attendees": True, "documents": ("decision",),
        "titles": [
            "Đại hội đại biểu Đảng bộ {ward} lần thứ I, nhiệm kỳ 2025 - 2030",
            "Khai mạc Đại hội Đảng bộ {ward} lần thứ I",
            "Đảng bộ {ward} bầu Ban Chấp hành khóa I, nhiệm kỳ 2025 - 2030",
        ],
        "leads": [
            "Đại hội có nhiệm vụ đánh giá kết quả thực hiện nghị quyết nhiệm kỳ qua, đề ra mục tiêu, phương hướng cho giai đoạn 2025 - 2030.",
            "Với tinh thần \"Đoàn kết - Dân chủ - Kỷ cương - Đổi mới - Phát triển\", đại hội đã thành công tốt đẹp.",
        ],
        "openings": [
            "{When}, Đảng bộ {ward} long trọng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030, với sự tham dự của {n_mid} đại biểu đại diện cho {n_big} đảng viên trong toàn Đảng bộ.",
            "Trong hai ngày, từ ngày {date}, Đảng bộ {ward} tiến hành Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 - đại hội đầu tiên sau khi thực hiện sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp.",
        ],
        "body": [
            "Báo cáo chính trị tại đại hội nêu rõ, nhiệm kỳ 2025 - 2030, Đảng bộ {kind} phấn đấu tốc độ tăng trưởng giá trị sản xuất bình quân đạt trên {n_small}%/năm; thu nhập bình quân đầu người đến cuối nhiệm kỳ đạt {n_small2}0 triệu đồng; tỷ lệ hộ nghèo giảm còn dưới 1%.",
            "Đại hội xác định {n_small2} nhiệm vụ trọng tâm và 3 khâu đột phá: chuyển đổi số và CCHC; phát triển hạ tầng đô thị, giao thông; xây dựng đội ngũ cán bộ đủ phẩm chất, năng lực, uy tín ngang tầm nhiệm vụ.",
            "Đại hội đã công bố {decision_ref} của Ban Thường vụ {party_committee} chỉ định Ban Chấp hành Đảng bộ {kind} nhiệm kỳ 2025 - 2030 gồm 2{n_small2} đồng chí; {secretary} được chỉ định giữ chức Bí thư Đảng ủy.",
            "Phát biểu chỉ đạo đại hội, đồng chí đại diện lãnh đạo {province} đề nghị Đảng bộ {kind} phát huy tinh thần đoàn kết, đổi mới phương thức lãnh đạo, gần dân, sát dân, lấy sự hài lòng của người dân làm thước đo hiệu quả công tác.",
        ],
        "closings": [
            "Đại hội đại biểu Đảng bộ {ward} lần thứ I thành công tốt đẹp, mở ra giai đoạn phát triển mới, tạo niềm tin và khí thế mới trong cán bộ, đảng viên và Nhân dân.",
        ],
        "captions": [
            "Đoàn chủ tịch điều hành đại hội.",
            "Ban Chấp hành Đảng bộ {kind} khóa I, nhiệm kỳ 2025 - 2030 ra mắt đại hội.",
            "Đại biểu biểu quyết thông qua nghị quyết đại hội.",
        ],
    },
    {
        "key": "ky-hop-hdnd", "sections": ("tin-tuc",), "months": (7, 8, 12), "attendees": True,
        "documents": ("decision",),
        "titles": [
            "Kỳ họp thứ {n_small2} HĐND {ward} thành công tốt đẹp",
            "HĐND {kind} thông qua {n_small} nghị quyết quan trọng",
            "Khai mạc kỳ họp thường lệ cuối năm {year} HĐND {ward}",
        ],
        "leads": [
            "Kỳ họp đã xem xét các báo cáo về tình hình KT-XH, quốc phòng - an ninh và quyết định nhiều nội dung quan trọng của địa phương.",
            "Các đại biểu đã thảo luận dân chủ, thẳng thắn và biểu quyết thông qua các nghị quyết với tỷ lệ đồng thuận cao.",
        ],
        "openings": [
            "{When}, HĐND {ward} tổ chức kỳ họp thứ {n_small2} để xem xét, quyết định các nội dung thuộc thẩm quyền theo quy định của Luật Tổ chức chính quyền địa phương.",
            "{When}, Thường trực HĐND {ward} triệu tập kỳ họp thường lệ cuối năm {year}, với sự tham dự của {n_mid} đại biểu HĐND {kind}.",
        ],
        "body": [
            "Tại kỳ họp, các đại biểu đã nghe báo cáo của UBND {kind} về tình hình thực hiện nhiệm vụ phát triển KT-XH năm {year}; báo cáo thẩm tra của các Ban HĐND {kind}; báo cáo công tác của Ủy ban MTTQ Việt Nam {kind} tham gia xây dựng chính quyền.",
            "Theo báo cáo, tổng thu ngân sách nhà nước trên địa bàn ước đạt {money_total}, đạt {percent}% dự toán; {ratio} chỉ tiêu chủ yếu đạt và vượt kế hoạch; công tác CCHC, chuyển đổi số được triển khai quyết liệt.",
            "Kỳ họp đã biểu quyết thông qua {n_small} nghị quyết, trong đó có nghị quyết về dự toán thu, chi ngân sách năm {next_year}, kế hoạch đầu tư công trung hạn và chương trình giám sát của HĐND {kind}.",
            "Phát biểu bế mạc kỳ họp, {leader} đề nghị UBND {kind} khẩn trương cụ thể hoá các nghị quyết vừa được thông qua, tập trung giải quyết dứt điểm các kiến nghị chính đáng của cử tri.",
        ],
        "closings": [
            "Kỳ họp thành công đã tạo cơ sở pháp lý quan trọng để chính quyền {kind} triển khai nhiệm vụ năm {next_year}, đáp ứng mong mỏi của cử tri và Nhân dân.",
        ],
        "captions": [
            "Quang cảnh kỳ họp HĐND {kind}.",
            "Đại biểu HĐND biểu quyết thông qua các nghị quyết.",
        ],
    },
    {
        "key": "chuyen-doi-so", "sections": ("tin-tuc",), "months": (), "attendees": False,
        "documents": ("plan",),
        "titles": [
            "Đẩy mạnh hướng dẫn người dân sử dụng ứng dụng VNeID",
            "Tổ công nghệ số cộng đồng {hamlet} hỗ trợ người dân làm thủ tục trực tuyến",
            "{Ward} tăng tốc chuyển đổi số, phục vụ người dân tốt hơn",
        ],
        "leads": [
            "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến toàn trình của {kind} đã đạt {percent}%.",
            "Nhiều người cao tuổi đã lần đầu tự thực hiện được thủ tục hành chính trên điện thoại thông minh.",
        ],
        "openings": [
            "Thực hiện Đề án 06 của Chính phủ và {plan_ref} của UBND {kind}, {When}, Công an {ward} phối hợp với Đoàn {kind} tổ chức đợt cao điểm hướng dẫn người dân kích hoạt và sử dụng tài khoản định danh điện tử VNeID.",
            "{When}, Tổ công nghệ số cộng đồng {hamlet} ra mắt và đi vào hoạt động, với {n_small} thành viên là đoàn viên thanh niên, công an viên và cán bộ khu dân cư.",
        ],
        "body": [
            "Trong đợt cao điểm, các tổ công tác đã hướng dẫn {n_big} người dân kích hoạt tài khoản định danh điện tử mức độ 2, tích hợp giấy phép lái xe, thẻ bảo hiểm y tế và tra cứu thông tin cư trú trên ứng dụng VNeID.",
            "Tại Trung tâm Phục vụ hành chính công {kind}, người dân được hỗ trợ nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia, thanh toán phí, lệ phí không dùng tiền mặt; thời gian giải quyết nhiều thủ tục rút ngắn còn {n_small2} ngày làm việc.",
            "Các thành viên tổ công nghệ số cộng đồng còn đến từng hộ gia đình tại {hamlet} và {hamlet2}, hướng dẫn cài đặt ứng dụng, nhận diện tin nhắn lừa đảo và cách bảo vệ thông tin cá nhân trên môi trường mạng.",
            "Theo UBND {kind}, từ đầu năm đến nay đã tiếp nhận {n_big} hồ sơ, trong đó {percent}% hồ sơ được giải quyết đúng và trước hạn, không có hồ sơ phải xin lỗi người dân.",
        ],
        "closings": [
            "Việc đẩy mạnh chuyển đổi số giúp người dân tiết kiệm thời gian, chi phí đi lại, đồng thời góp phần xây dựng chính quyền số, công dân số theo tinh thần Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
        ],
        "captions": [
            "Đoàn viên thanh niên hướng dẫn người dân cài đặt ứng dụng VNeID.",
            "Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công {kind}.",
        ],
    },
    {
        "key": "nong-thon-moi", "sections": ("tin-tuc",), "months": (), "kinds": ("xã",), "attendees": True,
        "documents": ("plan",),
        "closings": [
            "Những kết quả đạt được khẳng định xây dựng nông thôn mới là phong trào của Nhân dân, do Nhân dân thực hiện và vì lợi ích của Nhân dân.",
        ],
        "variants": [
            {
                "titles": ["{Ward} phấn đấu đạt chuẩn nông thôn mới nâng cao", "Xây dựng khu dân cư nông thôn mới kiểu mẫu tại {hamlet}"],
                "leads": ["Từ sự đồng thuận của Nhân dân, diện mạo nông thôn {ward} ngày càng khang trang, sạch đẹp."],
                "openings": ["{When}, Ban Chỉ đạo xây dựng nông thôn mới {ward} tổ chức hội nghị đánh giá kết quả thực hiện các tiêu chí nông thôn mới nâng cao năm {year} và triển khai {plan_ref}."],
                "body": [
                    "Đến nay, {kind} đã đạt {n_small}/19 tiêu chí nông thôn mới nâng cao; thu nhập bình quân đầu người đạt {n_small2}5 triệu đồng/năm; tỷ lệ hộ nghèo giảm còn 0,{n_small2}%.",
                    "Nhiều mô hình sản xuất hiệu quả được nhân rộng như trồng rau an toàn, nuôi cá lồng, trồng cây ăn trái theo tiêu chuẩn VietGAP; hệ thống kênh mương thuỷ lợi nội đồng được kiên cố hóa {n_mid} mét.",
                    "Hội nghị cũng chỉ ra các tiêu chí còn khó khăn như môi trường, thu nhập và tỷ lệ lao động qua đào tạo; đề ra lộ trình hoàn thành từng tiêu chí, giao trách nhiệm cụ thể cho từng thôn, từng thành viên Ban Chỉ đạo.",
                ],
                "captions": ["Quang cảnh hội nghị.", "Cánh đồng mẫu lớn tại {hamlet}."],
            },
            {
                "titles": ["Nhân dân {hamlet} hiến đất làm đường giao thông nông thôn", "Khánh thành tuyến đường giao thông nông thôn tại {hamlet}"],
                "leads": ["Nhiều hộ dân đã tự nguyện hiến đất, tháo dỡ tường rào để mở rộng đường giao thông nông thôn."],
                "openings": ["{When}, {ward} tổ chức lễ khánh thành tuyến đường giao thông nông thôn tại {hamlet}, công trình được xây dựng theo phương châm \"Nhà nước và Nhân dân cùng làm\"."],
                "body": [
                    "Tuyến đường dài {n_mid2} mét, rộng 5 mét, tổng kinh phí {money_total}, trong đó mỗi hộ dân đóng góp {money} cùng hàng nghìn ngày công lao động; {n_small} hộ đã tự nguyện hiến {n_mid2} m2 đất.",
                    "Phát biểu tại buổi lễ, {leader} biểu dương tinh thần đồng lòng của Nhân dân {hamlet}, đề nghị bà con tiếp tục giữ gìn cảnh quan, trồng hoa, cây xanh dọc tuyến đường.",
                    "Dịp này, UBND {kind} đã tặng giấy khen cho {n_small2} tập thể và {n_small} hộ gia đình có nhiều đóng góp trong xây dựng công trình.",
                ],
                "captions": ["Tuyến đường giao thông nông thôn mới được đưa vào sử dụng tại {hamlet}.", "Lãnh đạo {kind} cắt băng khánh thành công trình."],
            },
        ],
    },
    {
        "key": "do-thi-van-minh", "sections": ("tin-tuc",), "months": (), "kinds": ("phường",),
        "attendees": True, "documents": ("plan",),
        "closings": [
            "Việc xây dựng tuyến phố văn minh góp phần nâng cao ý thức chấp hành pháp luật của người dân, hướng tới xây dựng {ward} xanh - sạch - đẹp, văn minh, hiện đại.",
        ],
        "variants": [
            {
                "titles": ["Ra mắt tuyến phố văn minh tại {hamlet}", "Xây dựng {hamlet} đạt chuẩn khu phố văn minh đô thị"],
                "leads": ["Các hộ kinh doanh trên tuyến phố đã ký cam kết không lấn chiếm vỉa hè, giữ gìn vệ sinh và trật tự đô thị."],
                "openings": ["{When}, UBND {ward} tổ chức lễ ra mắt tuyến phố văn minh tại {hamlet}, theo {plan_ref} về chỉnh trang đô thị, bảo đảm trật tự lòng đường, vỉa hè."],
                "body": [
                    "Tuyến phố dài {n_mid2} mét với {n_mid} hộ dân, trong đó có {n_small} hộ kinh doanh; các hộ đã thống nhất chừa lối đi cho người đi bộ, bố trí thùng rác, treo cờ Tổ quốc vào các ngày lễ lớn.",
                    "Để chuẩn bị ra mắt, {kind} đã đầu tư {money_total} lắp đặt đèn chiếu sáng, trồng cây xanh và sơn sửa hệ thống vạch kẻ đường; Nhân dân góp thêm hàng trăm ngày công chỉnh trang mặt tiền nhà ở.",
                ],
                "captions": ["Tuyến phố văn minh tại {hamlet} sau khi chỉnh trang.", "Đại biểu cắt băng ra mắt tuyến phố văn minh."],
            },
            {
                "titles": ["{Ward} chỉnh trang đô thị, lập lại trật tự vỉa hè", "Ra quân lập lại trật tự lòng đường, vỉa hè tại {hamlet}"],
                "leads": ["Sau {n_small} tháng triển khai, nhiều tuyến đường đã thông thoáng, sạch đẹp hơn."],
                "openings": ["{When}, Đoàn kiểm tra liên ngành {ward} ra quân lập lại trật tự đô thị trên các tuyến đường thuộc {hamlet} và {hamlet2}."],
                "body": [
                    "Qua ra quân, lực lượng chức năng đã nhắc nhở {n_mid} trường hợp, lập biên bản {n_small} trường hợp vi phạm, tạm giữ {n_small2} bảng quảng cáo và nhiều vật dụng lấn chiếm vỉa hè.",
                    "{police_chief} cho biết, lực lượng Công an {kind} sẽ duy trì tuần tra thường xuyên, kiên quyết không để tình trạng tái lấn chiếm sau khi ra quân.",
                ],
                "captions": ["Lực lượng chức năng nhắc nhở hộ kinh doanh lấn chiếm vỉa hè."],
            },
        ],
    },
    {
        "key": "tong-ket-nam", "sections": ("tin-tuc",), "months": (12, 1), "attendees": True,
        "documents": ("decision",),
        "titles": [
            "UBND {ward} tổng kết công tác năm {year}, triển khai nhiệm vụ năm {next_year}",
            "{Ward} hoàn thành {ratio} chỉ tiêu chủ yếu năm {year}",
            "Hội nghị triển khai nhiệm vụ phát triển KT-XH năm {next_year}",
        ],
        "leads": [
            "Năm {year}, trong bối cảnh vận hành mô hình chính quyền địa phương hai cấp, {ward} đã hoàn thành và hoàn thành vượt mức nhiều chỉ tiêu quan trọng.",
            "Phương châm hành động năm {next_year} được xác định là \"Kỷ cương - Trách nhiệm - Hiệu quả\".",
        ],
        "openings": [
            "{When}, UBND {ward} tổ chức hội nghị tổng kết công tác chỉ đạo, điều hành năm {year} và triển khai phương hướng, nhiệm vụ năm {next_year}.",
            "{When}, Uỷ ban nhân dân {ward} tổ chức hội nghị giao chỉ tiêu kế hoạch phát triển KT-XH và dự toán ngân sách nhà nước năm {next_year}.",
        ],
        "body": [
            "Theo báo cáo, năm {year}, {kind} có {ratio} chỉ tiêu đạt và vượt kế hoạch; tổng thu ngân sách ước đạt {money_total}; công tác quản lý đô thị, trật tự xây dựng có chuyển biến tích cực; an sinh xã hội được bảo đảm, quốc phòng - an ninh, TTATXH được giữ vững.",
            "Tại hội nghị, lãnh đạo {kind} đã công bố {decision_ref} về việc giao chỉ tiêu kế hoạch phát triển KT-XH năm {next_year} cho {n_small} cơ quan, đơn vị và {n_small2} trường học trên địa bàn.",
            "Hội nghị cũng chỉ ra một số tồn tại, hạn chế như tiến độ giải ngân vốn đầu tư công còn chậm, tình trạng xây dựng không phép vẫn còn xảy ra ở một số khu dân cư, việc giải quyết hồ sơ đất đai có lúc chưa kịp thời.",
            "Phát biểu tại hội nghị, {leader} đề nghị các cơ quan, đơn vị tăng cường kỷ luật, kỷ cương hành chính; theo dõi, đánh giá kết quả đến từng chỉ tiêu, từng lĩnh vực; chăm lo chu đáo Tết Nguyên đán cho Nhân dân.",
            "Dịp này, Chủ tịch UBND {kind} đã tặng giấy khen cho {n_small} tập thể và {n_mid} cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm {year}.",
        ],
        "closings": [
            "Năm {next_year} đặt ra yêu cầu quyết tâm cao hơn, hành động quyết liệt hơn; UBND {kind} sẽ chỉ đạo, điều hành linh hoạt, sát thực tiễn, phấn đấu hoàn thành thắng lợi các mục tiêu đề ra.",
        ],
        "captions": [
            "Quang cảnh hội nghị tổng kết.",
            "{leader} phát biểu chỉ đạo hội nghị.",
            "Trao giấy khen cho các tập thể có thành tích xuất sắc.",
        ],
    },
    {
        "key": "an-ninh-trat-tu", "sections": ("tin-tuc",), "months": (), "attendees": False,
        "documents": (),
        "closings": [
            "Các hoạt động góp phần phát huy sức mạnh của phong trào Toàn dân bảo vệ an ninh Tổ quốc, xây dựng địa bàn an toàn, bình yên.",
        ],
        "variants": [
            {
                "titles": ["Ra mắt mô hình \"Camera an ninh\" tại {hamlet}", "{Hamlet} lắp đặt camera giám sát an ninh trật tự"],
                "leads": ["Mô hình giúp lực lượng chức năng kịp thời phát hiện, xử lý các hành vi vi phạm pháp luật trên địa bàn."],
                "openings": ["{When}, Công an {ward} phối hợp với Ban điều hành {hamlet} tổ chức ra mắt mô hình \"Camera an ninh\", với {n_small} camera được lắp đặt tại các tuyến đường, ngõ hẻm."],
                "body": [
                    "Kinh phí lắp đặt hệ thống camera là {money_total}, do Nhân dân và các nhà hảo tâm đóng góp; hình ảnh được kết nối về trụ sở Công an {kind} để theo dõi 24/24 giờ.",
                    "Trong {n_small} tháng qua, Công an {kind} đã tiếp nhận và xử lý {n_mid} tin báo về tội phạm, vi phạm pháp luật; phối hợp giải quyết {n_small2} vụ mâu thuẫn tại tổ hoà giải cơ sở, không để phát sinh điểm nóng.",
                ],
                "captions": ["Ra mắt mô hình camera an ninh.", "Màn hình giám sát đặt tại trụ sở Công an {kind}."],
            },
            {
                "titles": ["Tuyên truyền phòng, chống lừa đảo qua mạng cho người dân {hamlet}", "Công an {ward} cảnh báo thủ đoạn lừa đảo chiếm đoạt tài sản"],
                "leads": ["Người dân được hướng dẫn nhận biết các thủ đoạn lừa đảo chiếm đoạt tài sản phổ biến hiện nay."],
                "openings": ["{When}, Công an {kind} tổ chức buổi tuyên truyền phòng, chống tội phạm và vi phạm pháp luật cho hơn {n_mid} người dân tại nhà văn hóa {hamlet}."],
                "body": [
                    "Tại buổi tuyên truyền, cán bộ Công an {kind} đã thông tin về các thủ đoạn giả danh cơ quan công an, ngân hàng, nhân viên điện lực gọi điện yêu cầu chuyển tiền hoặc cài đặt ứng dụng lạ; từ đầu năm, trên địa bàn {province} đã xảy ra nhiều vụ việc với số tiền bị chiếm đoạt lớn.",
                    "{police_chief} đề nghị người dân nâng cao cảnh giác, không cung cấp mã OTP, thông tin tài khoản cho bất kỳ ai và kịp thời trình báo với cơ quan công an khi phát hiện dấu hiệu nghi vấn.",
                    "Dịp này, Công an {kind} cũng phát {n_mid2} tờ rơi, tài liệu tuyên truyền và hướng dẫn bà con cài đặt ứng dụng VNeID để tiếp nhận các cảnh báo mới nhất.",
                ],
                "captions": ["Cán bộ Công an {kind} tuyên truyền tại {hamlet}.", "Người dân nhận tài liệu tuyên truyền."],
            },
        ],
    },
    {
        "key": "doan-the", "sections": ("dang-doan-the", "van-hoa-xa-hoi"), "months": (), "attendees": True,
        "documents": (),
        "leads": ["Hoạt động thiết thực của các đoàn thể góp phần chăm lo đời sống hội viên và xây dựng khu dân cư vững mạnh."],
        "closings": [
            "Hoạt động là việc làm thiết thực chào mừng các ngày lễ lớn của đất nước, thể hiện vai trò nòng cốt của các đoàn thể trong xây dựng khối đại đoàn kết toàn dân tộc.",
        ],
        "variants": [
            {
                "titles": ["Hội LHPN {kind} ra mắt mô hình \"Phụ nữ {hamlet} không có người thân phạm tội\""],
                "openings": ["{When}, Hội Liên hiệp Phụ nữ {ward} phối hợp với Công an {kind} tổ chức ra mắt mô hình tại {hamlet}, với {n_small}0 thành viên là hội viên phụ nữ tiêu biểu."],
                "body": [
                    "Các thành viên mô hình có nhiệm vụ tuyên truyền pháp luật, phát hiện, cảm hoá người có nguy cơ vi phạm, giúp đỡ người sau cai nghiện và người chấp hành xong án phạt tù tái hòa nhập cộng đồng.",
                    "Thời gian qua, Hội LHPN {kind} đã phát triển thêm {n_mid} hội viên mới, vận động hội viên giúp nhau {money_total} vốn sản xuất, không tính lãi.",
                ],
                "captions": ["Ra mắt mô hình tại {hamlet}.", "Hội viên phụ nữ ký cam kết thực hiện mô hình."],
            },
            {
                "titles": ["Đoàn {ward} khánh thành công trình thanh niên năm {year}"],
                "openings": ["{When}, Đoàn Thanh niên Cộng sản Hồ Chí Minh {ward} tổ chức khánh thành và bàn giao công trình thanh niên \"Tuyến đường hoa\" tại {hamlet}."],
                "body": [
                    "Công trình có tổng kinh phí {money_total}, được huy động từ nguồn xã hội hóa và hàng trăm ngày công lao động của đoàn viên, thanh niên; dọc tuyến đường đã trồng {n_mid2} cây hoa, lắp đặt {n_small} cụm đèn chiếu sáng.",
                    "Phát biểu tại buổi lễ, {leader} biểu dương tinh thần xung kích, tình nguyện của tuổi trẻ {kind}, đề nghị Đoàn tiếp tục nhân rộng mô hình ra các khu dân cư khác trên địa bàn.",
                ],
                "captions": ["Đoàn viên thanh niên trồng hoa trên tuyến đường.", "Cắt băng khánh thành công trình thanh niên."],
            },
            {
                "titles": ["Hội Cựu chiến binh {kind} trao nhà tình nghĩa cho hội viên khó khăn"],
                "openings": ["{When}, Hội Cựu chiến binh {ward} tổ chức lễ bàn giao nhà tình nghĩa cho một hội viên có hoàn cảnh khó khăn tại {hamlet}."],
                "body": [
                    "Ngôi nhà có diện tích {n_small2}0 m2, tổng trị giá {money_total}, trong đó Hội hỗ trợ {money}, phần còn lại do gia đình, dòng họ và bà con lối xóm góp công, góp sức.",
                    "Xúc động nhận chìa khoá nhà mới, cựu chiến binh cảm ơn sự quan tâm của cấp ủy, chính quyền và đồng đội, hứa sẽ tiếp tục giữ gìn phẩm chất \"Bộ đội Cụ Hồ\", làm kinh tế giỏi.",
                ],
                "captions": ["Lãnh đạo {kind} trao quyết định hỗ trợ xây dựng nhà.", "Ngôi nhà tình nghĩa được bàn giao tại {hamlet}."],
            },
        ],
    },
    {
        "key": "lich-tiep-cong-dan", "sections": ("thong-bao", "tin-tuc"), "months": (), "attendees": False,
        "documents": ("notice",),
        "titles": [
            "Lịch tiếp công dân định kỳ của Chủ tịch UBND {kind} tháng {month_year}",
            "Thông báo lịch tiếp công dân tháng {month_year}",
        ],
        "leads": [
            "UBND {ward} thông báo lịch tiếp công dân định kỳ của lãnh đạo UBND {kind} trong tháng {month_year}.",
        ],
        "openings": [
            "Căn cứ Luật Tiếp công dân năm 2013 và quy chế tiếp công dân của UBND {kind}, UBND {ward} ban hành {notice_ref} về lịch tiếp công dân định kỳ tháng {month_year}.",
        ],
        "body": [
            "Chủ tịch UBND {kind} tiếp công dân định kỳ vào ngày thứ Năm của tuần thứ hai và tuần thứ tư trong tháng; buổi sáng từ 7 giờ 30 đến 11 giờ 00, buổi chiều từ 13 giờ 30 đến 16 giờ 30.",
            "Các Phó Chủ tịch UBND {kind} tiếp công dân theo lĩnh vực được phân công vào ngày thứ Ba hằng tuần; trường hợp trùng lịch công tác đột xuất, Văn phòng HĐND và UBND {kind} sẽ thông báo lịch thay thế trên trang thông tin điện tử.",
            "Địa điểm tiếp công dân: Phòng tiếp công dân, trụ sở UBND {ward}. Công dân đến liên hệ mang theo căn cước và các giấy tờ, tài liệu liên quan đến nội dung khiếu nại, tố cáo, kiến nghị, phản ánh.",
            "Đề nghị công dân chấp hành nội quy nơi tiếp công dân; trường hợp nhiều người cùng khiếu nại về một nội dung thì cử đại diện không quá 5 người để trình bày.",
        ],
        "closings": [
            "UBND {ward} thông báo để Nhân dân trên địa bàn được biết và liên hệ theo đúng lịch.",
            "Mọi chi tiết xin liên hệ Văn phòng HĐND và UBND {kind} trong giờ hành chính.",
        ],
        "captions": [],
    },
    {
        "key": "thong-bao", "sections": ("thong-bao", "tin-tuc"), "months": (), "attendees": False,
        "documents": ("plan", "notice"),
        "leads": [
            "UBND {ward} thông báo đến các cơ quan, đơn vị và Nhân dân trên địa bàn được biết, thực hiện.",
            "Chi tiết nội dung văn bản xem tại tệp đính kèm.",
        ],
        "closings": [
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo UBND {kind} (qua Văn phòng HĐND và UBND) để được hướng dẫn, giải quyết.",
            "UBND {ward} đề nghị các cơ quan, đơn vị và Nhân dân nghiêm túc thực hiện.",
        ],
        "captions": [],
        "variants": [
            {
                "months": (8,), "documents": ("plan",),
                "titles": ["Kế hoạch tổ chức các hoạt động chào mừng Quốc khánh 2/9 năm {year}"],
                "openings": ["Thực hiện {plan_ref} của UBND {kind}, UBND {ward} ban hành kế hoạch tổ chức các hoạt động chào mừng kỷ niệm Cách mạng tháng Tám và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam."],
                "body": [
                    "Các cơ quan, đơn vị, hộ gia đình treo cờ Tổ quốc từ ngày 30/8 đến hết ngày 03/9/{year}; các khu dân cư tổ chức tuyên truyền trên hệ thống loa truyền thanh, chỉnh trang băng rôn, khẩu hiệu tại các tuyến đường chính.",
                    "Giao Trung tâm Văn hóa - Thông tin và Thể thao {kind} tổ chức chương trình văn nghệ, giải bóng chuyền hơi và các trò chơi dân gian tại {hamlet}; kinh phí thực hiện {money_total} từ nguồn ngân sách {kind} và nguồn xã hội hóa.",
                    "Công an {kind} chủ trì xây dựng phương án bảo đảm an ninh trật tự, an toàn giao thông, phòng chống cháy nổ trong các ngày lễ; Trạm Y tế bố trí lực lượng trực cấp cứu.",
                ],
            },
            {
                "documents": ("notice",),
                "titles": ["Thông báo tuyển chọn thành viên Tổ bảo vệ an ninh, trật tự ở cơ sở tại {hamlet}",
                           "Thông báo tuyển chọn bổ sung lực lượng tham gia bảo vệ an ninh, trật tự năm {year}"],
                "openings": ["Căn cứ Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở năm 2023, UBND {ward} ban hành {notice_ref} về việc tuyển chọn bổ sung thành viên Tổ bảo vệ an ninh, trật tự."],
                "body": [
                    "Số lượng cần tuyển: {n_small} người, ưu tiên công dân cư trú tại {hamlet} và {hamlet2}; độ tuổi từ đủ 18 tuổi trở lên, có lý lịch rõ ràng, sức khỏe tốt và tự nguyện tham gia.",
                    "Hồ sơ đăng ký gồm: đơn đăng ký theo mẫu, bản sao căn cước, giấy khám sức khỏe do cơ sở y tế có thẩm quyền cấp; nộp trực tiếp tại Công an {kind} hoặc qua Cổng Dịch vụ công quốc gia.",
                    "Thời gian nhận hồ sơ từ ngày {date} đến hết tháng {month_year}, trong giờ hành chính các ngày làm việc.",
                ],
            },
            {
                "months": (12, 1), "documents": ("decision",),
                "titles": ["Thông báo công khai dự toán ngân sách {kind} năm {next_year}", "Công khai quyết toán ngân sách {kind} năm {year}"],
                "openings": ["Căn cứ Luật Ngân sách nhà nước và {decision_ref} của UBND {kind}, UBND {ward} công khai số liệu dự toán ngân sách theo quy định."],
                "body": [
                    "Tổng thu ngân sách trên địa bàn là {money_total}; tổng chi ngân sách {kind} là {money_total}, trong đó chi đầu tư phát triển chiếm {n_small}0%, chi thường xuyên và dự phòng ngân sách theo đúng định mức.",
                    "Số liệu chi tiết được niêm yết tại trụ sở UBND {kind} và nhà văn hóa các khu dân cư trong thời gian 30 ngày; người dân có ý kiến phản hồi xin gửi về Văn phòng HĐND và UBND {kind} trước ngày hết hạn niêm yết.",
                ],
            },
            {
                "documents": ("plan",),
                "titles": ["Kế hoạch tuyên truyền phòng cháy, chữa cháy và cứu nạn, cứu hộ năm {year}",
                           "Kế hoạch kiểm tra an toàn phòng cháy, chữa cháy tại các khu dân cư tháng {month_year}"],
                "openings": ["Thực hiện {plan_ref} của UBND {kind}, UBND {ward} ban hành kế hoạch tuyên truyền, kiểm tra an toàn phòng cháy, chữa cháy trên địa bàn."],
                "body": [
                    "Công an {kind} chủ trì kiểm tra {n_mid} cơ sở kinh doanh, nhà ở kết hợp sản xuất tại {hamlet} và {hamlet2}; hướng dẫn lắp đặt lối thoát nạn thứ hai, trang bị bình chữa cháy tại mỗi hộ gia đình.",
                    "Các khu dân cư duy trì hoạt động của tổ liên gia an toàn phòng cháy, chữa cháy và điểm chữa cháy công cộng; tổ chức thực tập phương án chữa cháy ít nhất một lần trong năm.",
                ],
            },
            {
                "months": (11, 12, 1),
                "documents": ("notice",),
                "titles": ["Thông báo niêm yết công khai danh sách hộ nghèo, hộ cận nghèo năm {next_year}"],
                "openings": ["Căn cứ kết quả rà soát hộ nghèo, hộ cận nghèo định kỳ, UBND {ward} ban hành {notice_ref} về việc niêm yết công khai danh sách hộ nghèo, hộ cận nghèo."],
                "body": [
                    "Kết quả rà soát, toàn {kind} có {n_small} hộ nghèo và {n_mid} hộ cận nghèo; danh sách được niêm yết tại trụ sở UBND {kind} và nhà văn hóa các khu dân cư trong thời gian 07 ngày làm việc.",
                    "Trong thời gian niêm yết, mọi ý kiến thắc mắc, khiếu nại về kết quả rà soát đề nghị gửi về Ban Chỉ đạo rà soát hộ nghèo {kind} để được xem xét, giải quyết theo quy định.",
                ],
            },
            {
                "documents": ("notice",),
                "titles": ["Thông báo tạm dừng cung cấp điện để bảo trì lưới điện tại {hamlet}", "Lịch cắt điện khu vực {hamlet} và {hamlet2} tháng {month_year}"],
                "openings": ["Theo đề nghị của đơn vị điện lực quản lý khu vực, UBND {ward} ban hành {notice_ref} về lịch tạm dừng cung cấp điện để bảo trì, sửa chữa lưới điện trên địa bàn."],
                "body": [
                    "Thời gian tạm dừng: từ 7 giờ 00 đến 16 giờ 30 ngày {date}; khu vực ảnh hưởng gồm toàn bộ {hamlet} và một phần {hamlet2}.",
                    "Đề nghị các hộ gia đình, cơ sở sản xuất kinh doanh chủ động sắp xếp kế hoạch; không tự ý đóng điện, không đến gần khu vực thi công để bảo đảm an toàn.",
                ],
            },
        ],
    },
]
