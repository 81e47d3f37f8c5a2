-- The outbox: one row per reportable change, written in the same transaction as the change itself.
-- business_key is the row's key in the staging database (地方数据主键); seq is its serial number (流水号).
CREATE TABLE outbox (
    seq              bigserial   PRIMARY KEY,
    business_key     text        NOT NULL UNIQUE,
    region_code      text        NOT NULL,
    project_code     text        NOT NULL,
    staging_table    text        NOT NULL,
    payload          jsonb       NOT NULL,
    recorded_at      timestamptz NOT NULL,
    state            text        NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'accepted', 'rejected')),
    attempts         int         NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    sent_at          timestamptz,
    acknowledged_at  timestamptz,
    last_error       text
);
CREATE INDEX outbox_due ON outbox (next_attempt_at, seq) WHERE state <> 'accepted';
CREATE INDEX outbox_region ON outbox (region_code, seq);

-- Member cases of project stages, so a case step can be reported against its project.
CREATE TABLE member_cases (
    case_id      uuid PRIMARY KEY,
    case_number  text NOT NULL,
    project_code text NOT NULL,
    ordinal      int  NOT NULL
);

-- The provincial staging database (前置库) that the province's approval-management system reads. Field names follow the
-- national 工程建设项目审批管理系统 data-exchange tables (SPGL_*); common to every table:
--   dfsjzj 地方数据主键 (unique: a change is reported once), lsh 流水号 (our outbox sequence), xzqhdm 行政区划代码,
--   gcdm 工程代码 (the project code), sjyxbs 数据有效标识 (1 valid), sjsczt 数据上传状态 (0 待接收, 1 接收成功, -1 接收失败, set by
--   the province), sbyy 失败原因, sjgxsj 数据更新时间, jssj 省级接收时间.
CREATE SCHEMA IF NOT EXISTS province_staging;

-- 项目基本信息表
CREATE TABLE province_staging.spgl_xmjbxxb (
    dfsjzj text PRIMARY KEY, lsh bigint NOT NULL, xzqhdm text NOT NULL, gcdm text NOT NULL,
    xmdm   text NOT NULL,           -- 项目代码
    xmmc   text NOT NULL,           -- 项目名称
    splclx text NOT NULL,           -- 审批流程类型（项目分类）
    xmlx   text NOT NULL,           -- 项目类别（划拨/工业/一般经营）
    jsdd   text NOT NULL,           -- 建设地点
    jsdwmc text NOT NULL,           -- 建设单位名称
    jsdwdm text NOT NULL,           -- 建设单位统一社会信用代码
    sbsj   timestamptz NOT NULL,    -- 申报（赋码）时间
    sjyxbs int NOT NULL, sjsczt int NOT NULL, sbyy text, sjgxsj timestamptz NOT NULL, jssj timestamptz
);

-- 项目审批阶段信息表
CREATE TABLE province_staging.spgl_xmspjdxxb (
    dfsjzj text PRIMARY KEY, lsh bigint NOT NULL, xzqhdm text NOT NULL, gcdm text NOT NULL,
    spjdxh int  NOT NULL,           -- 审批阶段序号（1-4）
    spjdmc text NOT NULL,           -- 审批阶段名称
    jdzt   int  NOT NULL,           -- 阶段状态：1 已申报，3 已办结
    jdsj   timestamptz NOT NULL,    -- 状态时间
    sjyxbs int NOT NULL, sjsczt int NOT NULL, sbyy text, sjgxsj timestamptz NOT NULL, jssj timestamptz
);

-- 项目审批事项办理信息表（阶段的并联事项办件）
CREATE TABLE province_staging.spgl_xmspsxblxxb (
    dfsjzj   text PRIMARY KEY, lsh bigint NOT NULL, xzqhdm text NOT NULL, gcdm text NOT NULL,
    spjdxh   int  NOT NULL,         -- 审批阶段序号
    spsxbm   text NOT NULL,         -- 审批事项编码
    spsxmc   text NOT NULL,         -- 审批事项名称
    spsxslbm text NOT NULL,         -- 审批事项实例编码（办件编号）
    sqsj     timestamptz NOT NULL,  -- 申请时间
    sjyxbs int NOT NULL, sjsczt int NOT NULL, sbyy text, sjgxsj timestamptz NOT NULL, jssj timestamptz
);

-- 项目审批事项办理详细信息表（受理、办结结果等办理环节）
CREATE TABLE province_staging.spgl_xmspsxblxxxxb (
    dfsjzj   text PRIMARY KEY, lsh bigint NOT NULL, xzqhdm text NOT NULL, gcdm text NOT NULL,
    spsxslbm text NOT NULL,         -- 审批事项实例编码（办件编号）
    blzt     int  NOT NULL,         -- 办理状态：3 受理，11 准予许可，12 不予许可，13 不予受理，14 撤回，15 撤销
    blbm     text NOT NULL,         -- 办理部门（单位编码）
    blsj     timestamptz NOT NULL,  -- 办理时间
    sjyxbs int NOT NULL, sjsczt int NOT NULL, sbyy text, sjgxsj timestamptz NOT NULL, jssj timestamptz
);
