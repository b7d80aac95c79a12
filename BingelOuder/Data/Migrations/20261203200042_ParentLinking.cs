using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BingelOuder.Data.Migrations
{
    /// <inheritdoc />
    public partial class ParentLinking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LinkAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AttemptedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ParentId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: true),
                    PupilId = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LinkAttempts_Pupils_PupilId",
                        column: x => x.PupilId,
                        principalTable: "Pupils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_LinkAttempts_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LinkAttempts_ClientAddress_AttemptedAtUtc",
                table: "LinkAttempts",
                columns: new[] { "ClientAddress", "AttemptedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_LinkAttempts_ParentId_AttemptedAtUtc",
                table: "LinkAttempts",
                columns: new[] { "ParentId", "AttemptedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_LinkAttempts_PupilId_AttemptedAtUtc",
                table: "LinkAttempts",
                columns: new[] { "PupilId", "AttemptedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_LinkAttempts_SchoolId_AttemptedAtUtc",
                table: "LinkAttempts",
                columns: new[] { "SchoolId", "AttemptedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LinkAttempts");
        }
    }
}
